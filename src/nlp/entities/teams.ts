// Sports teams named after their town, county or state ("Port Vale 2 Oxford 0", "Sussex 343 and 163-3")
// are organisations, not places:
// - the names of a results line ("Sale 31 Wasps 33", "Alba (Germany) 75 Red Star (Yugoslavia) 70") or
//   a standings line ("Queen's Park 3 1 1 1 6 8 4") are teams, found or not by the tagger;
// - a name directly followed by a score is a team, and so are the document's other mentions of it
//   ("Kent made up for lost time"), except where the name is a place after all: after "in" or "at"
//   ("in Chicago", "ATLANTA AT CHICAGO"), in a dateline ("LEICESTER, England").
// Not teams: names before a distance ("Moengo 56 miles east"), in lines of figures with decimals or
// thousands ("Dresden 792 up 11.4"), or in a line that names a country (national sides are named as
// the country: "Togo 1 Congo 0", "Ukraine beat Northern Ireland 1-0").
// - in a document with a team before a score, a place that also leads a team's name with a nickname
//   ("the Texas Rangers", "the Seattle Mariners") names the team when alone ("gave Texas a 2-0 lead",
//   "for Seattle"), with the same exceptions ("In Seattle", "ARLINGTON, Texas 1996-08-31").
// - in a schedule (lines such as "ATLANTA AT CHICAGO", "France at Japan" one after another) the name
//   after "at" is where the game is played: a place, even when a team of that name plays elsewhere.
import type { Mention } from '../../core/document.js';
import { mapMentions, mention, retyped } from './mention.js';
import { charAt, Ch, codeAt, isDigit, isLower, isUpperCode, wordBefore } from './chars.js';

const UNITS = new Set('miles mile km kms kilometres kilometers metres meters feet yards percent pct laps'.split(' '));
// Lower-case words a team's name may hold ("Queen of the South").
const LINKING = new Set(['of', 'the', 'de', 'la', 'del', 'du', 'van', 'von', 'and', '&']);
const MONTHS = new Set('jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december'.split(' '));
const MIN_STANDINGS_NUMBERS = 5;

type IsCountry = (name: string) => boolean;
interface Range {
  start: number;
  end: number;
}

/** The lower-case word starting at `at` (letters a-z only). */
function wordAt(text: string, at: number): string {
  let e = at;
  while (isLower(charAt(text, e))) e++;
  return text.slice(at, e);
}

/** Is a score (1 to 3 digits, then a space, a bracket, a comma or a full stop, a dash and digits, or the line's end) right after `at`? */
function scoreAt(text: string, at: number): boolean {
  if (codeAt(text, at) !== Ch.space) return false;
  let i = at + 1;
  while (i < at + 4 && isDigit(charAt(text, i))) i++;
  if (i === at + 1) return false;
  const c = codeAt(text, i);
  if (c === Ch.space) return !UNITS.has(wordAt(text, i + 1));
  if (c === -1 || c === Ch.newline || c === Ch.close) return true;
  // "12,700", "5.06" and "30-year" are no scores; "2, Bulgaria 0", "1." and "163-3" are.
  return ((c === Ch.comma || c === Ch.dot) && !isDigit(charAt(text, i + 1))) || (c === Ch.dash && isDigit(charAt(text, i + 1)));
}

/** Is a year (four digits) right after the space at `at`? */
const yearAfter = (text: string, at: number): boolean => codeAt(text, at) === Ch.space && isDigit(charAt(text, at + 1)) && isDigit(charAt(text, at + 4));
/** Is a date ("1996-08-31": four digits and a dash) right after the space at `at`? */
const dateAfter = (text: string, at: number): boolean =>
  yearAfter(text, at) && isDigit(charAt(text, at + 2)) && isDigit(charAt(text, at + 3)) && codeAt(text, at + 5) === Ch.dash;

/**
 * A name that begins its line and ends it, or is followed by a comma or a year, or one after a comma
 * and followed by a year ("ARLINGTON, Texas 1996-08-31"): a dateline's place.
 */
function datelinePlace(text: string, m: Mention): boolean {
  if (m.start > 0 && codeAt(text, m.start - 1) !== Ch.newline) return codeAt(text, m.start - 2) === Ch.comma && dateAfter(text, m.end);
  const c = codeAt(text, m.end);
  return c === -1 || c === Ch.newline || c === Ch.comma || yearAfter(text, m.end);
}

/** Does the line [s, e) hold a figure with decimals or thousands ("11.4", "12,700")? */
function hasFigures(text: string, s: number, e: number): boolean {
  for (let i = s + 1; i + 1 < e; i++) {
    const c = codeAt(text, i);
    if ((c === Ch.dot || c === Ch.comma) && isDigit(text[i - 1]) && isDigit(text[i + 1])) return true;
  }
  return false;
}

/** No ranges (one array for every line that is no table's). */
const NO_RANGES: readonly Range[] = [];

/** Each line's [start, end), in order. */
function lineRanges(text: string): Range[] {
  const lines: Range[] = [];
  for (let s = 0; s <= text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    lines.push({ start: s, end: e });
    s = e + 1;
  }
  return lines;
}

/** Index of the line holding offset `at`. */
function lineOf(lines: Range[], at: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Is text[s, e) a name a table could hold: capitalised words (or linking words), no digit, bracket, colon or month? */
function tableName(text: string, s: number, e: number): boolean {
  if (e <= s || text[s] === text[s]!.toLowerCase()) return false;
  for (let i = s; i < e; i++) {
    const c = codeAt(text, i);
    if ((c >= 48 && c <= 57) || c === Ch.open || c === Ch.close || c === Ch.colon || c === Ch.comma) return false;
  }
  for (const word of text.slice(s, e).split(' ')) {
    if (MONTHS.has(word.toLowerCase().replace(/\.$/, '')) || (isLower(word[0]) && !LINKING.has(word))) return false;
  }
  return true;
}

/** Is text[s, e) a whole number of 1 to 3 digits? */
function smallNumber(text: string, s: number, e: number): boolean {
  if (e <= s || e - s > 3) return false;
  for (let i = s; i < e; i++) if (!isDigit(text[i])) return false;
  return true;
}

/**
 * The team names of the line [s, e) when it is a results line ("Sale 31 Wasps 33": name, score, name,
 * score) or a standings line (a name and at least five numbers); none otherwise.
 */
function tableTeams(text: string, s: number, e: number): readonly Range[] {
  if (!isDigit(charAt(text, e - 1))) return NO_RANGES;
  const words: (Range & { number: boolean })[] = [];
  for (let i = s; i < e; ) {
    let j = i;
    while (j < e && codeAt(text, j) !== Ch.space) j++;
    if (j > i) words.push({ start: i, end: j, number: smallNumber(text, i, j) });
    i = j + 1;
  }
  const numbers = words.filter((w) => w.number).length;
  const firstNumber = words.findIndex((w) => w.number);
  if (firstNumber < 1) return NO_RANGES;
  const first = { start: words[0]!.start, end: words[firstNumber - 1]!.end };
  if (!tableName(text, first.start, first.end)) return NO_RANGES;
  if (numbers === words.length - firstNumber) return numbers >= MIN_STANDINGS_NUMBERS ? [first] : [];
  // Results: one name after the first score, then the second score ends the line.
  if (numbers !== 2 || !words[words.length - 1]!.number || firstNumber + 1 >= words.length - 1) return NO_RANGES;
  const second = { start: words[firstNumber + 1]!.start, end: words[words.length - 2]!.end };
  return tableName(text, second.start, second.end) ? [first, second] : [];
}

/** The first i in [s, e) where text[i] is `a` (and text[i + 1] is `b`, when given), or -1: a search that stays in the line. */
function findIn(text: string, s: number, e: number, a: number, b = -1): number {
  for (let i = s; i < e; i++) if (codeAt(text, i) === a && (b < 0 || codeAt(text, i + 1) === b)) return i;
  return -1;
}

/** End of " (Words) N" at `at` (a bracket, a space and a score of 1 to 3 digits), or -1. */
function bracketScoreEnd(text: string, at: number, e: number): number {
  if (codeAt(text, at) !== Ch.space || codeAt(text, at + 1) !== Ch.open) return -1;
  const close = findIn(text, at + 2, e, Ch.close);
  if (close < 0 || findIn(text, at + 2, close, Ch.open) >= 0 || codeAt(text, close + 1) !== Ch.space) return -1;
  let i = close + 2;
  while (i < close + 5 && isDigit(charAt(text, i))) i++;
  return i > close + 2 && i <= e && !isDigit(charAt(text, i)) ? i : -1;
}

/**
 * The club names of a line of a cup's results, each with its country in brackets: "Alba (Germany) 75
 * Red Star (Yugoslavia) 70 (42-41)", "In Bergen: Brann (Norway) 2 Shelbourne (Ireland) 1"; none otherwise.
 */
function bracketedTeams(text: string, s: number, e: number): readonly Range[] {
  const last = codeAt(text, e - 1);
  if (last !== Ch.close && !isDigit(charAt(text, e - 1))) return NO_RANGES;
  const open = findIn(text, s, e, Ch.space, Ch.open);
  if (open < 0) return NO_RANGES;
  const colon = findIn(text, s, open, Ch.colon, Ch.space);
  const start = colon >= 0 ? colon + 2 : s;
  const firstEnd = bracketScoreEnd(text, open, e);
  if (firstEnd < 0 || codeAt(text, firstEnd) !== Ch.space) return NO_RANGES;
  const open2 = findIn(text, firstEnd, e, Ch.space, Ch.open);
  if (open2 < 0) return NO_RANGES;
  const secondEnd = bracketScoreEnd(text, open2, e);
  if (secondEnd < 0) return NO_RANGES;
  // The line ends after the score, or with a bracket (the half-time score).
  if (secondEnd < e && !(codeAt(text, secondEnd) === Ch.space && codeAt(text, secondEnd + 1) === Ch.open && codeAt(text, e - 1) === Ch.close)) return NO_RANGES;
  const first = { start, end: open };
  const second = { start: firstEnd + 1, end: open2 };
  return tableName(text, first.start, first.end) && tableName(text, second.start, second.end) ? [first, second] : [];
}

/** Mentions for the team names of the line [s, e) when it is a results or a standings line. */
function lineTeams(text: string, s: number, e: number, mentions: Mention[]): Mention[] {
  const names: Mention[] = [];
  for (const r of tableTeams(text, s, e)) names.push(mention(text.slice(r.start, r.end), r.start, r.end, 'organization'));
  // A club named as its town that the tagger found as a place stays one ("Vaduz (Liechtenstein) 1"),
  // as the annotation has it.
  if (!names.length) {
    for (const r of bracketedTeams(text, s, e)) {
      if (!mentions.some((m) => m.start === r.start && m.end === r.end && m.type === 'place')) names.push(mention(text.slice(r.start, r.end), r.start, r.end, 'organization'));
    }
  }
  return names;
}

/** Mentions for the team names of results and standings lines, replacing what the tagger found there. */
function tableLineTeams(text: string, mentions: Mention[], isCountry: IsCountry): Mention[] {
  const teams: Mention[] = [];
  // Line by line (as lineRanges cuts them), without a list of the lines: most are no table's.
  for (let s = 0; s <= text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    const names = lineTeams(text, s, e, mentions);
    if (names.length && !names.some((n) => isCountry(n.text))) teams.push(...names);
    s = e + 1;
  }
  if (!teams.length) return mentions;
  const kept = mentions.filter((m) => !teams.some((t) => m.start < t.end && t.start < m.end));
  return [...kept, ...teams].sort((a, b) => a.start - b.start);
}

/** Lines that name a country outside brackets ("Alba (Germany) 75" names a club). */
function nationalLines(text: string, found: readonly Mention[], lines: Range[], isCountry: IsCountry): Set<number> {
  const national = new Set<number>();
  for (const m of found) if (m.type === 'place' && codeAt(text, m.start - 1) !== Ch.open && isCountry(m.text)) national.add(lineOf(lines, m.start));
  return national;
}

export function scoredTeams(text: string, mentions: Mention[], isCountry: IsCountry): Mention[] {
  const found = tableLineTeams(text, mentions, isCountry);
  // The lines and the national ones only for a document with a name before a score (few have one).
  let lines: Range[] | null = null;
  let national: Set<number> | null = null;
  const teams = new Set<string>();
  for (const m of found) {
    if ((m.type !== 'place' && m.type !== 'organization') || !scoreAt(text, m.end) || isCountry(m.text)) continue;
    const before = wordBefore(text, m.start);
    if (before === 'in' || before === 'at' || before === 'of') continue;
    if (lines === null || national === null) {
      lines = lineRanges(text);
      national = nationalLines(text, found, lines, isCountry);
    }
    const k = lineOf(lines, m.start);
    if (national.has(k) || hasFigures(text, lines[k]!.start, lines[k]!.end)) continue;
    teams.add(m.text.toLowerCase());
  }
  if (!teams.size) return found;
  return mapMentions(found, (m) => {
    if (m.type !== 'place' || !teams.has(m.text.toLowerCase()) || datelinePlace(text, m)) return m;
    const before = wordBefore(text, m.start);
    return before === 'in' || before === 'at' ? m : retyped(m, 'organization');
  });
}

/** "Rangers", "Sox": a capitalised last word that is a team's nickname (a plural, or "Sox"; not "Business", "Campus", "Genesis"). */
function nickname(word: string): boolean {
  if (word.length <= 3 || !isUpperCode(codeAt(word, 0)) || !isLower(word[1])) return false;
  const before = word[word.length - 2];
  return word === 'Sox' || (word.endsWith('s') && before !== 's' && before !== 'u' && before !== 'i');
}

/** Is a score such as " 5-3" (1 to 3 digits, a dash, 1 to 3 digits) right after `at`? */
function dashScoreAt(text: string, at: number): boolean {
  if (codeAt(text, at) !== Ch.space) return false;
  let i = at + 1;
  while (i < at + 4 && isDigit(charAt(text, i))) i++;
  if (i === at + 1 || codeAt(text, i) !== Ch.dash) return false;
  const j = i + 1;
  let k = j;
  while (k < j + 3 && isDigit(charAt(text, k))) k++;
  return k > j && !isDigit(charAt(text, k));
}

/**
 * Places that lead a team's name before its nickname ("Texas" of "the Texas Rangers") name the team
 * when alone, in a document with a team before a score ("the Angels 6-2"); not after "in" or "at", nor
 * in a dateline.
 */
export function nicknamedTeams(text: string, mentions: Mention[], isPlace: IsCountry, isCountry: IsCountry): Mention[] {
  let scored = false;
  for (let i = 0; i < mentions.length && !scored; i++) scored = mentions[i]!.type === 'organization' && dashScoreAt(text, mentions[i]!.end);
  if (!scored) return mentions;
  const towns = new Set<string>();
  for (const m of mentions) {
    const space = m.type === 'organization' ? m.text.lastIndexOf(' ') : -1;
    if (space < 0 || !nickname(m.text.slice(space + 1))) continue;
    const town = m.text.slice(0, space);
    if (isPlace(town) && !isCountry(town)) towns.add(town);
  }
  if (!towns.size) return mentions;
  return mapMentions(mentions, (m) => {
    if (m.type !== 'place' || !towns.has(m.text) || datelinePlace(text, m)) return m;
    const before = wordBefore(text, m.start);
    return before === 'in' || before === 'at' ? m : retyped(m, 'organization');
  });
}

/** The start of " at " or " AT " ending right before `start`, or -1. */
function atBefore(text: string, start: number): number {
  const a = codeAt(text, start - 3);
  const t = codeAt(text, start - 2);
  const spaced = codeAt(text, start - 1) === Ch.space && codeAt(text, start - 4) === Ch.space;
  return spaced && ((a === Ch.a && t === Ch.t) || (a === Ch.A && t === Ch.T)) ? start - 4 : -1;
}

/** "ATLANTA AT CHICAGO": a line of two names joined by "at" has the venue after it, a place. */
export function scheduleVenues(text: string, mentions: Mention[]): Mention[] {
  // Most documents have none: no copy then.
  let any = false;
  for (let i = 0; i < mentions.length && !any; i++) any = venue(text, mentions[i]!, mentions);
  if (!any) return mentions;
  return mapMentions(mentions, (m) => (venue(text, m, mentions) ? retyped(m, 'place') : m));
}

/** Is the line [s, e) two names joined by "at" or "AT"? */
function fixtureLine(text: string, s: number, e: number): boolean {
  for (let i = s + 1; i + 3 < e; i++) {
    if (atBefore(text, i + 4) === i) return tableName(text, s, i) && tableName(text, i + 4, e);
  }
  return false;
}

/**
 * Is the mention an organisation after "at" that ends a line of two names, the first a team or a
 * place, in a block of such lines (a schedule)? "Sales Manager at Acme" alone is no fixture.
 */
function venue(text: string, m: Mention, mentions: Mention[]): boolean {
  if (m.type !== 'organization' || (m.end < text.length && codeAt(text, m.end) !== Ch.newline)) return false;
  const at = atBefore(text, m.start);
  if (at < 0) return false;
  let s = at;
  while (s > 0 && codeAt(text, s - 1) !== Ch.newline) s--;
  if (!tableName(text, s, at) || !mentions.some((o) => o.start === s && o.end === at && (o.type === 'organization' || o.type === 'place'))) return false;
  // The line before or after is a fixture too.
  let ps = s - 1;
  while (ps > 0 && codeAt(text, ps - 1) !== Ch.newline) ps--;
  let ne = m.end + 1;
  while (ne < text.length && codeAt(text, ne) !== Ch.newline) ne++;
  return (s > 0 && fixtureLine(text, ps, s - 1)) || (m.end < text.length && fixtureLine(text, m.end + 1, ne));
}
