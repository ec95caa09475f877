// Finds the words naming who speaks: the subject before a cue ("the Iraqi president said"), the
// subject after it in inverted order ("said the Iraqi president"), skipping appositions
// ("Shirvan al-Waeli, who was ..., told") and adverbs ("Trump also said").
import type { Token } from './tokens.js';
import { isCapitalized } from './tokens.js';
import { ADVERBS, ASPECT_VERBS, DETERMINERS, mannerAdverb, NP_STOPS, PRONOUNS, RELATIVES, SENTENCE_ADVERBS, TIME_WORDS, WEEKDAYS } from './words.js';

/** Token range [first, last) of a speaker phrase. */
export interface SpeakerRange {
  first: number;
  last: number;
  /** For a relative pronoun ("Weaver, who said"): the phrase it stands for. */
  antecedent: { first: number; last: number } | null;
}

/** Every speaker range is built here with all its fields, so the rules reading them see one shape. */
export function speakerRange(first: number, last: number, antecedent: { first: number; last: number } | null = null): SpeakerRange {
  return { first, last, antecedent };
}

const MAX_NP = 12;
const MAX_APPOSITION = 30;

const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
const isPunct = (t: Token | undefined, chars: string): boolean => t?.kind === 'punct' && chars.includes(t.text);
// A word that can sit inside a name phrase even though it is a stop word ("Secretary of State").
const inName = (t: Token): boolean => t.lower === 'of' || t.lower === 'for' || t.lower === 'and' || t.lower === 'de' || t.lower === 'al';

// A stop word ends a name phrase, unless written in capitals ("US", "IT").
const isStop = (t: Token): boolean => NP_STOPS.has(t.lower) && !(t.text.length > 1 && t.text === t.text.toUpperCase());

/** Token index of the first token of the run of adverbs / time words (and, before a cue in -ing, verbs of aspect) ending right before `i`, or i itself. */
function skipBackAdverbs(tokens: readonly Token[], i: number, floor: number): number {
  const gerund = tokens[i]?.lower.endsWith('ing') === true;
  let j = i - 1;
  while (j >= floor) {
    const t = tokens[j]!;
    if (t.kind === 'word' && (ADVERBS.has(t.lower) || WEEKDAYS.has(t.lower) || mannerAdverb(t))) j--;
    else if (gerund && t.kind === 'word' && ASPECT_VERBS.has(t.lower)) j--;
    else if (t.kind === 'word' && (t.lower === 'on' || t.lower === 'last') && WEEKDAYS.has(tokens[j + 1]?.lower ?? '')) j--;
    // "who in 2010 said": a year with its preposition.
    else if (t.kind === 'word' && /^\d{4}$/u.test(t.text) && tokens[j - 1]?.lower === 'in') j -= 2;
    else break;
  }
  return j + 1;
}

const PERIODS = new Set(['day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'morning', 'afternoon',
  'evening', 'night', 'ago', 'today', 'tonight', 'yesterday']);

/** The noun phrase ending right before token `end` (exclusive), scanning back no further than `floor`. */
function phraseBefore(tokens: readonly Token[], end: number, floor: number): SpeakerRange | null {
  const last = tokens[end - 1];
  if (!isWord(last)) {
    // "Sen. Marco Rubio (R-Fla.) said": step over a short parenthesis.
    if (isPunct(last, ')')) {
      let j = end - 2;
      while (j > floor && end - j < 10 && !isPunct(tokens[j], '(')) j--;
      if (isPunct(tokens[j], '(')) {
        const inner = phraseBefore(tokens, j, floor);
        return inner ? speakerRange(inner.first, end) : null;
      }
    }
    return null;
  }
  if (PRONOUNS.has(last.lower)) return speakerRange(end - 1, end);
  let j = end - 1;
  while (j >= floor && end - j <= MAX_NP) {
    const t = tokens[j]!;
    if (t.kind !== 'word') {
      if (isPunct(t, '&.') && isWord(tokens[j - 1]) && j - 1 >= floor) { j--; continue; }
      break;
    }
    if (isStop(t) && !(inName(t) && isCapitalized(tokens[j - 1] ?? t) && j < end - 1)) break;
    j--;
  }
  let first = j + 1;
  // Do not start on a joining word ("of", "and") or a time ("Later that day Okafor said") left over at the edge.
  while (first < end && (inName(tokens[first]!) || tokens[first]!.kind !== 'word' || (first < end - 1 && PERIODS.has(tokens[first]!.text)))) first++;
  return first < end ? speakerRange(first, end) : null;
}

/** Where the clause holding token i starts: after the last . ; : ! ? or break, or a quotation mark. */
function clauseFloor(tokens: readonly Token[], i: number, limit: number): number {
  let j = i - 1;
  while (j >= 0 && i - j <= limit) {
    const t = tokens[j]!;
    // A dot before ")" "," or a lowercase word closes an abbreviation ("(R-Fla.)"), not a sentence.
    const abbreviation = isPunct(t, '.') && (isPunct(tokens[j + 1], '),') || (isWord(tokens[j + 1]) && !isCapitalized(tokens[j + 1]!)));
    if (t.kind === 'mark') {
      const open = titleOpening(tokens, j);
      if (open < 0) return j + 1;
      j = open - 1;
      continue;
    }
    if (t.kind === 'break' || (isPunct(t, '.;:!?') && !abbreviation)) return j + 1;
    j--;
  }
  return j + 1;
}

/**
 * `Hemsley, the co-author of "Going Viral," said`: the opening mark of a short title-case quote in
 * the narration that closes at `close`, or -1.
 */
function titleOpening(tokens: readonly Token[], close: number): number {
  for (let o = close - 1; o >= 0 && close - o <= 8; o--) {
    const t = tokens[o]!;
    if (t.kind === 'break') return -1;
    if (t.kind !== 'mark') continue;
    const before = tokens[o - 1];
    if (o + 1 >= close || !(isWord(before) || isPunct(before, ','))) return -1;
    for (let k = o + 1; k < close; k++) {
      const w = tokens[k]!;
      if (w.kind === 'word' ? !isCapitalized(w) && !TITLE_MINOR.has(w.lower) : !isPunct(w, ',')) return -1;
    }
    return o;
  }
  return -1;
}
const TITLE_MINOR = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'on', 'to', 'for', 'at', 'by', 'with', 'or']);

/**
 * The subject of the cue starting at token `cue`: "Talabani said", "Trump also told", "X, a spokesman
 * for Y, said", "leaders who say" (-> leaders). `floor` bounds the search (e.g. the closing mark of a quote).
 */
export function speakerBefore(tokens: readonly Token[], cue: number, floor = 0): SpeakerRange | null {
  const lo = Math.max(floor, clauseFloor(tokens, cue, MAX_APPOSITION + MAX_NP));
  let end = skipBackAdverbs(tokens, cue, lo);
  // `of "Going Viral," said`: the comma may sit inside the closing mark of a title.
  if (tokens[end - 1]?.kind === 'mark' && isPunct(tokens[end - 2], ',') && titleOpening(tokens, end - 1) >= lo) end--;
  const prev = tokens[end - 1];
  if (end <= lo) return null;
  if (isPunct(prev, ',')) {
    // Apposition: "NAME, APPOSITION, said". The name ends before the previous comma.
    // "Jim Bennett, 57, a teacher, said", "Jeffrey Salkin, a Hollywood, Fla., rabbi ..., said": up to
    // four commas back, the phrase that opens the clause; else the first that is not an age.
    let j = end - 1;
    let first: SpeakerRange | null = null;
    for (let commas = 0; commas < 4; commas++) {
      j--;
      while (j >= lo && !isPunct(tokens[j], ',')) j--;
      if (j < lo) break;
      const name = phraseBefore(tokens, j, lo);
      if (!name) continue;
      const age = /^\d+$/u.test(tokens[name.last - 1]!.text);
      // `Still, Tad Devine, a senior adviser, said`: a sentence adverb opening the clause is no name.
      if (first && name.last - name.first === 1 && SENTENCE_ADVERBS.has(tokens[name.first]!.lower)) return first;
      if (!age && name.first <= lo) return name;
      if (!age && !first) first = name;
      j = name.first;
    }
    return first;
  }
  if (isPunct(prev, '—–-')) return nameBeforeDashes(tokens, end - 1, lo);
  if (isWord(prev) && RELATIVES.has(prev.lower) && prev.lower !== 'that') {
    // "leaders who say": the antecedent, across an optional comma.
    let k = end - 1;
    if (isPunct(tokens[k - 1], ',')) k--;
    const antecedent = phraseBefore(tokens, k, lo);
    if (prev.lower !== 'who') return antecedent;
    return speakerRange(end - 1, end, antecedent);
  }
  return phraseBefore(tokens, end, lo);
}

/**
 * `Jason Sims — a teacher from Mount Pleasant — says`, `McCain -- who lost in 2008 -- said`: the
 * phrase before a parenthesis set off by dashes, whose closing dash (one token, or two for "--")
 * ends at `close`.
 */
function nameBeforeDashes(tokens: readonly Token[], close: number, lo: number): SpeakerRange | null {
  const dash = tokens[close]!.text;
  let k = close;
  while (k > lo && isPunct(tokens[k - 1], dash)) k--;
  let j = k - 1;
  while (j > lo && close - j <= MAX_APPOSITION && !isPunct(tokens[j], dash)) j--;
  if (j <= lo || !isPunct(tokens[j], dash)) return null;
  while (j > lo && isPunct(tokens[j - 1], dash)) j--;
  return phraseBefore(tokens, j, lo);
}

/** The subject after the cue in inverted order: "said the Iraqi president", "said Sen. Marco Rubio (R-Fla.)". */
export function speakerAfter(tokens: readonly Token[], from: number): SpeakerRange | null {
  let j = from;
  const first = tokens[j];
  if (!isWord(first)) return null;
  if (PRONOUNS.has(first.lower) && first.lower !== 'who' && first.lower !== 'one') return speakerRange(j, j + 1);
  // A lowercase start is a title before a name ("spokesman John Kirby", "master of ceremonies Asab Al-Tabchi").
  if (!isCapitalized(first) && !DETERMINERS.has(first.lower)) {
    let k = from;
    while (k < tokens.length && k - from < 4 && isWord(tokens[k]) && !isCapitalized(tokens[k]!) && (!isStop(tokens[k]!) || tokens[k]!.lower === 'of')) k++;
    if (!isCapitalized(tokens[k] ?? first) || k === from) return null;
  }
  while (j < tokens.length && j - from < MAX_NP) {
    const t = tokens[j]!;
    if (t.kind === 'word') {
      if (isStop(t) && !(j > from && inName(t) && isCapitalized(tokens[j + 1] ?? t) && isCapitalized(tokens[j - 1] ?? t) === true)) {
        if (!(j === from && DETERMINERS.has(t.lower))) break;
      }
      if (j > from && WEEKDAYS.has(t.lower)) break;
      j++;
    } else if (isPunct(t, '(')) {
      let k = j + 1;
      while (k < tokens.length && k - j < 10 && !isPunct(tokens[k], ')') && tokens[k]!.kind !== 'break') k++;
      if (!isPunct(tokens[k], ')')) break;
      j = k + 1;
    } else if (isPunct(t, '&') && isWord(tokens[j + 1]) && j > from) {
      j++;
    } else break;
  }
  // Trailing time words are not part of the name ("said Clinton on Monday" stops at "on" already).
  while (j > from && TIME_WORDS.has(tokens[j - 1]!.lower) && !isCapitalized(tokens[j - 1]!)) j--;
  return j > from ? speakerRange(from, j) : null;
}

/** The subject of the clause a cue continues ("Trump doubled down ... and said"): the sentence's first phrase. */
export function sentenceSubject(tokens: readonly Token[], sentStart: number, cue: number): SpeakerRange | null {
  let start = sentStart;
  // Skip a leading adverbial ("In an interview with CNN, Trump ...").
  for (let j = sentStart; j < cue && j - sentStart < 14; j++) {
    if (isPunct(tokens[j], ',')) { start = j + 1; break; }
  }
  return subjectAt(tokens, start, cue) ?? (start !== sentStart ? subjectAt(tokens, sentStart, cue) : null);
}

const VERBISH = /^(has|have|had|is|was|were|are|will|would|can|could|did|does|also|then|later|repeatedly)$|ed$/u;

/** A subject phrase at `from`: a pronoun, or an optional determiner and words up to the first verb. */
function subjectAt(tokens: readonly Token[], from: number, limit: number): SpeakerRange | null {
  const first = tokens[from];
  if (!isWord(first)) return null;
  if (PRONOUNS.has(first.lower)) return first.lower === 'who' ? null : speakerRange(from, from + 1);
  let j = from;
  if (DETERMINERS.has(first.lower)) j++;
  const head = j;
  while (j < limit && j - head < 6 && isWord(tokens[j])) {
    const t = tokens[j]!;
    if (!isCapitalized(t) && (VERBISH.test(t.lower) || isStop(t))) break;
    j++;
  }
  if (j === head) return null;
  return isCapitalized(tokens[from]!) || j > head + 0 ? speakerRange(from, j) : null;
}
