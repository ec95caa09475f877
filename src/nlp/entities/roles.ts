// Titles before a name ("President", "Prime Minister", "Dr."): not part of the name, kept as the
// person's role. Also used to drop "mentions" that are nothing but a title.
import { isRegexSpace } from '../../core/words.js';
import { Ch, codeAt } from './chars.js';

const TITLE_WORDS = new Set(
  ('president vice prime minister ministers foreign defence defense interior finance justice state secretary ' +
    'general gen dr prof sen senator rep gov governor king queen prince princess crown sheikh shaikh ayatollah ' +
    'grand chancellor chairman chairwoman spokesman spokeswoman ambassador judge coach captain capt col colonel lt ' +
    'lieutenant sgt sergeant maj major admiral adm commander chief executive deputy speaker mayor cardinal pope ' +
    'bishop archbishop imam rabbi premier emir sultan emperor empress lawmaker leader director envoy mr mrs ms miss sir lord lady ' +
    'brig brigadier field marshal attorney opposition former acting then late').split(' '),
);
// Honorifics that say nothing about the person's office.
const NOT_A_ROLE = new Set(['mr', 'mrs', 'ms', 'miss', 'former', 'acting', 'then', 'late']);
const MAX_TITLE_WORDS = 4;

function bare(word: string): string {
  const w = word.toLowerCase();
  return w.endsWith('.') ? w.slice(0, -1) : w;
}

/** A title word, or title words joined by hyphens ("Lieutenant-Colonel", "Vice-President"). */
export function isTitleWord(word: string): boolean {
  const w = bare(word);
  return TITLE_WORDS.has(w) || (w.includes('-') && w.split('-').every((part) => TITLE_WORDS.has(part)));
}

/** Is the whole text a title ("President", "Prime Minister", "Dr.")? */
export function isOnlyTitle(text: string): boolean {
  // Word by word, stopping at the first that is no title (it runs on every chunk the tagger finds;
  // splitting each by a regular expression first was most of its cost).
  let words = 0;
  for (let i = 0; i < text.length; ) {
    while (i < text.length && isRegexSpace(text.charCodeAt(i))) i++;
    if (i === text.length) break;
    let j = i + 1;
    while (j < text.length && !isRegexSpace(text.charCodeAt(j))) j++;
    if (!isTitleWord(text.slice(i, j))) return false;
    words++;
    i = j;
  }
  return words > 0;
}

/** Length of the title words opening `text` ("President Jalal Talabani" -> 10), if a name follows. */
export function leadingTitleLength(text: string): number {
  let i = 0;
  let end = 0;
  for (let k = 0; k < MAX_TITLE_WORDS; k++) {
    while (i < text.length && codeAt(text, i) === Ch.space) i++;
    let j = i;
    while (j < text.length && codeAt(text, j) !== Ch.space) j++;
    if (j === i || j >= text.length || !isTitleWord(text.slice(i, j))) break;
    end = j;
    i = j;
  }
  return end;
}

const TITLE_CHAR = /[\p{L}.-]/u;

/** Can text[i] be part of a title word (a letter, a dot or a hyphen)? ASCII without the regular expression. */
function titleChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 128) return TITLE_CHAR.test(text[i]!);
  return (c >= Ch.a && c <= Ch.z) || (c >= Ch.A && c <= Ch.Z) || c === Ch.dot || c === Ch.dash;
}

/** The title right before position `start` ("Iraqi President |Jalal" -> "President"), or null. */
export function findRole(text: string, start: number): string | null {
  let i = start;
  let first = -1;
  let last = -1;
  for (let k = 0; k < MAX_TITLE_WORDS; k++) {
    let j = i;
    while (j > 0 && (codeAt(text, j - 1) === Ch.space || codeAt(text, j - 1) === Ch.nbsp)) j--;
    let w = j;
    while (w > 0 && titleChar(text, w - 1)) w--;
    if (w === j || !isTitleWord(text.slice(w, j))) break;
    if (last < 0) last = j;
    first = w;
    i = w;
  }
  if (first < 0) return null;
  // Drop leading words that are no office ("former President" -> "President").
  const words = text.slice(first, last).split(/\s+/u);
  while (words.length && NOT_A_ROLE.has(bare(words[0]!))) words.shift();
  return words.length ? words.join(' ') : null;
}
