// News tense: whether the words around a date speak of the past or the future, which decides
// whether "on Monday" is the Monday before the article's date or the one after.
import type { Token } from './tokens.js';

export type Tense = 'past' | 'present' | 'future';

const FUTURE = new Set(['will', 'shall', 'wo', 'gonna', 'upcoming', 'scheduled', 'tomorrow', 'next', 'coming', 'expected', 'expects', 'plans', 'planned', 'planning', 'aims', 'intends', 'soon', 'might', 'would', 'due']);
const PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'ago', 'yesterday', 'last', 'earlier', 'went', 'came', 'made', 'took', 'gave',
  'met', 'left', 'began', 'held', 'won', 'lost', 'fell', 'rose', 'saw', 'got', 'found', 'sent', 'led', 'paid', 'sold',
  'bought', 'became', 'brought', 'thought', 'spoke', 'wrote', 'struck', 'knew', 'told', 'ran', 'grew', 'drew', 'threw',
  'flew', 'chose', 'broke', 'fled', 'felt', 'kept', 'meant', 'slid', 'sank', 'stood', 'taught', 'caught', 'fought', 'sought',
  'announced', 'reported', 'added', 'since',
]);
/** Present-tense verbs of a timetable: "the trial starts Monday", "the offer expires Friday" speak of what is to come. */
const SCHEDULE = new Set(['starts', 'begins', 'opens', 'resumes', 'expires', 'kicks', 'convenes', 'reconvenes', 'arrives', 'departs', 'heads', 'travels', 'meets']);
const PRESENT = new Set(['is', 'are', 'am', 'says', 'has', 'have', 'does', 'do']);
/** Words ending in -ed that are not past-tense verbs. */
const NOT_PAST_ED = new Set(['need', 'indeed', 'speed', 'seed', 'feed', 'bed', 'red', 'hundred', 'led', 'united', 'limited', 'based', 'related', 'proposed', 'expected', 'scheduled', 'planned', 'interested', 'concerned', 'used']);

/** The mark of a quotation mark: not a tense, a boundary the search to the right stops at. */
const QUOTE = 3;

/**
 * The tense marks of tokens [from, to) written into `out` (-1 none, 0 past, 1 present, 2 future), a
 * sentence at a time when a date in it asks.
 */
export function tenseMarksIn(tokens: readonly Token[], out: Int8Array, from: number, to: number): void {
  out.fill(-1, from, to);
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') { if (isClosingQuote(tokens, i)) out[i] = QUOTE; continue; }
    const w = t.lower;
    // "next to the embassy" is a place, not the future.
    if (FUTURE.has(w) || SCHEDULE.has(w)) { if (w !== 'next' || i + 1 >= tokens.length || tokens[i + 1]!.lower !== 'to') out[i] = 2; }
    else if (w === 'll' && i > 0 && (tokens[i - 1]!.text === "'" || tokens[i - 1]!.text === '’')) out[i] = 2;
    else if (w === 'going' && i + 1 < tokens.length && tokens[i + 1]!.lower === 'to') out[i] = 2;
    // "set to resume Monday", "set for Tuesday", "is to meet Friday": arrangements still to come.
    else if (w === 'plan' && i + 1 < tokens.length && tokens[i + 1]!.lower === 'to') out[i] = 2;
    else if ((w === 'set' || w === 'slated') && i + 1 < tokens.length && (tokens[i + 1]!.lower === 'to' || tokens[i + 1]!.lower === 'for')) out[i] = 2;
    else if ((w === 'is' || w === 'are') && i + 2 < tokens.length && tokens[i + 1]!.lower === 'to' && tokens[i + 2]!.kind === 'word') out[i] = 2;
    // "effective Feb. 1" announces a change to come; "became effective" leaves it to the past verb.
    else if (w === 'effective') { if (i === 0 || !PAST.has(tokens[i - 1]!.lower)) out[i] = 2; }
    // An irregular past after "will" is a name and a verb ("Will had nothing but praise").
    else if (PAST.has(w)) { if (!isParticiple(tokens, i, false)) out[i] = 0; }
    else if (PRESENT.has(w)) out[i] = 1;
    // "was killed" is past too; "is expected", "has been delayed" mark their auxiliary instead.
    else if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w)) { if (!isParticiple(tokens, i, true)) out[i] = 0; }
    if (out[i] === 2 && i >= from + 2 && isPastPlan(tokens, i)) out[i] = 0;
    // "were planning", "was expected to": the plan's future, not the auxiliary's past, is the date's.
    if (out[i] === 2 && i > from && out[i - 1] === 0 && (tokens[i - 1]!.lower === 'was' || tokens[i - 1]!.lower === 'were')) out[i - 1] = -1;
  }
}

/**
 * The closing quotation mark of quoted speech: '"', '”' or the wire services' two apostrophes,
 * right after the comma or stop that ends the quotation ("...on Tuesday," she said). Scare quotes
 * (a "key" test) and opening marks are no bound.
 */
function isClosingQuote(tokens: readonly Token[], i: number): boolean {
  // Marks and the stops before them are punctuation: the kinds are checked first, so only the shared
  // one-character strings are compared (a number's text compared here sent the caller back to the interpreter).
  if (tokens[i]!.kind !== 'punct' || tokens[i]!.space || i === 0 || tokens[i - 1]!.kind !== 'punct') return false;
  const p = tokens[i - 1]!.text;
  if (p !== ',' && p !== '.' && p !== '?' && p !== '!') return false;
  const c = tokens[i]!.text;
  if (c === '"' || c === '”') return true;
  return (c === "'" || c === '’') && i + 1 < tokens.length && tokens[i + 1]!.kind === 'punct' && tokens[i + 1]!.text === c && !tokens[i + 1]!.space;
}

/** A participle after an auxiliary ("is expected", "to be held"): the auxiliary carries the tense. */
function isParticiple(tokens: readonly Token[], i: number, afterWill: boolean): boolean {
  // Bounded: reading before the first token sent the optimised function back to the interpreter.
  const prev = i > 0 ? tokens[i - 1]!.lower : '';
  return prev === 'is' || prev === 'are' || prev === 'be' || prev === 'been' || prev === 'has' || prev === 'have' || (afterWill && prev === 'will');
}

/** "had been due to expire Friday", "had been scheduled for Monday": a plan overtaken, in the past. */
function isPastPlan(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]!.lower === 'been' && tokens[i - 2]!.lower === 'had';
}

/** The tense of the marker nearest to [start, end) inside the sentence [s, e); present when none. */
export function tenseNear(marks: Int8Array, s: number, e: number, start: number, end: number): Tense {
  let right = e;
  for (let d = 0; d < 40; d++) {
    const a = start - 1 - d, b = end + d;
    const inA = a >= s, inB = b < right;
    if (!inA && !inB) break;
    // Prefer the left marker at equal distance: the verb usually comes first in news English.
    const ma = inA ? marks[a]! : -1;
    if (ma >= 0 && ma !== QUOTE) return ma === 0 ? 'past' : ma === 2 ? 'future' : 'present';
    const mb = inB ? marks[b]! : -1;
    // A quotation closing after the date: the "said" beyond it tells when it was said, not the date's tense.
    if (mb === QUOTE) right = b;
    else if (mb >= 0) return mb === 0 ? 'past' : mb === 2 ? 'future' : 'present';
  }
  return 'present';
}
