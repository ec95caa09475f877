// A known place right before a noun for its people or institutions ("Damascus radio", "Boston
// television stations", "Pembroke Pines police", "the Oxford team", "a Texas woman", "Hamburg side St
// Pauli") names where they are from: a place, not the organisation the tagger took the pair for.
// Not before "team mate" ("Shearer's Newcastle team mate": the club).
import type { Mention } from '../../core/document.js';
import { mapMentions, retyped } from './mention.js';
import { Ch, codeAt, isLower } from './chars.js';

const NOUNS = new Set('police government authorities radio television tv woman man people club side team daily newspaper'.split(' '));

/** The lower-case word after the space at `at` ('' if none). */
function nextWord(text: string, at: number): string {
  if (codeAt(text, at) !== Ch.space) return '';
  let e = at + 1;
  while (isLower(text[e])) e++;
  const c = codeAt(text, e);
  // A whole word: followed by a space, punctuation or the end, not by more letters or a digit.
  return c === -1 || c === Ch.space || c === Ch.newline || c === Ch.comma || c === Ch.dot || c === Ch.apostrophe ? text.slice(at + 1, e) : '';
}

/** Is the noun after the mention one of NOUNS, and not the first of "team mate"? */
function nounAfter(text: string, end: number): boolean {
  const word = nextWord(text, end);
  return NOUNS.has(word) && !(word === 'team' && nextWord(text, end + 1 + word.length).startsWith('mate'));
}

/** Is `m` an organisation the tagger found that is a known place before such a noun? */
const moved = (text: string, m: Mention, isPlace: (name: string) => boolean): boolean => m.type === 'organization' && nounAfter(text, m.end) && isPlace(m.text);

export function placesBeforeNouns(text: string, mentions: Mention[], isPlace: (name: string) => boolean): Mention[] {
  // Most documents have none: no copy then.
  let any = false;
  for (let i = 0; i < mentions.length && !any; i++) any = moved(text, mentions[i]!, isPlace);
  if (!any) return mentions;
  return mapMentions(mentions, (m) => (moved(text, m, isPlace) ? retyped(m, 'place') : m));
}
