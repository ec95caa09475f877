// Durations: "five years", "the past two months", "the first nine months", "2 1/2 years",
// "eight-year", "8-month-old", "a minute and a half", "several years", "years", "recent weeks".
import type { Found, Rule, Scan } from '../engine.js';
import { PLURAL_UNITS, type Unit, UNITS } from '../lexicon.js';
import { AFTER_NUMBER_WORD, A_NUMBER, NUMBER_STARTS, parseNumber } from '../numbers.js';

const SUB: Record<string, [string, number, boolean]> = {
  // unit code -> the next smaller unit, how many of it make one, whether that one is a time unit
  Y: ['M', 12, false], M: ['D', 30, false], W: ['D', 7, false], D: ['H', 24, true], H: ['M', 60, true], M_time: ['S', 60, true],
};

/** TIMEX3 duration value of n units; null n is vague ("PXY"). */
export function durationValue(n: number | null, unit: Unit): string {
  if (unit.name === 'decade') return n === null ? 'PXDE' : `P${fmt(n * 10)}Y`;
  if (unit.name === 'century') return n === null ? 'PXCE' : `P${fmt(n * 100)}Y`;
  const t = unit.time ? 'T' : '';
  if (n === null) return `P${t}X${unit.code}`;
  const whole = Math.floor(n);
  const frac = n - whole;
  if (frac > 0) {
    const sub = SUB[unit.code === 'M' && unit.time ? 'M_time' : unit.code];
    if (sub) {
      const [code, k, subTime] = sub;
      const rest = `${fmt(Math.round(frac * k))}${code}`;
      if (whole === 0) return `P${subTime ? 'T' : ''}${rest}`;
      if (subTime && !unit.time) return `P${whole}${unit.code}T${rest}`;
      return `P${t}${whole}${unit.code}${rest}`;
    }
  }
  return `P${t}${fmt(n)}${unit.code}`;
}

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : String(Math.round(n * 10) / 10));

const RATE_WORDS = new Set(['per', 'twice', 'once', 'thrice', 'times', '%', 'percent', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'cents', 'dollars', 'euros', 'pounds', 'yen', 'points', 'barrels', 'tons', 'shares', 'units']);
const LEAD = new Set(['past', 'last', 'next', 'first', 'coming', 'previous', 'final', 'following', 'remaining', 'latest', 'initial', 'ensuing', 'preceding', 'same', 'entire', 'full', 'whole', 'additional', 'further', 'subsequent']);
const FILLER = new Set(['more', 'additional', 'full', 'straight', 'consecutive', 'trading', 'business', 'calendar', 'working', 'long', 'extra', 'successive', 'short', 'other']);

function unitAfter(s: Scan, j: number): { unit: Unit; end: number } | null {
  while (FILLER.has(s.word(j)) && j < s.tokens.length) j++;
  const unit = UNITS.get(s.word(j));
  return unit ? { unit, end: j + 1 } : null;
}

const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'several', 'few', 'some', 'many', 'dozens', 'hundreds', 'thousands', 'dozen'];
/** What may follow a count: a range ("to", "or"), a hyphen, filler words or the unit. */
const AFTER_COUNT = ['to', 'or', '-', ...FILLER, ...UNITS.keys()];

/** [the] [past|next|first ...] NUMBER [or|to NUMBER] [more|trading ...] UNIT */
const counted: Rule = {
  name: 'counted-duration',
  triggers: ['#num', 'the', 'a', 'an', ...COUNT_WORDS, ...LEAD],
  follows: {
    // "the" [lead word] number
    the: [...LEAD, ...NUMBER_STARTS, '#num'],
    ...Object.fromEntries([...LEAD].map((w) => [w, [...NUMBER_STARTS, '#num']])),
    // A number (the rest of it), then a range, a hyphen, filler words or the unit.
    '#num': ['#num', ...AFTER_COUNT],
    a: [...A_NUMBER, ...AFTER_COUNT],
    an: [...A_NUMBER, ...AFTER_COUNT],
    ...Object.fromEntries(COUNT_WORDS.map((w) => [w, [...AFTER_NUMBER_WORD, ...AFTER_COUNT]])),
  },
  match(s, i) {
    let j = i;
    if (s.word(j) === 'the') j++;
    if (LEAD.has(s.word(j))) j++;
    const n = parseNumber(s.tokens, j);
    if (!n) return null;
    // "the first" alone is an ordinal; a year-sized number is not a count of years.
    if (s.at(j)?.kind === 'num' && s.at(j)!.digits === 4 && s.at(j)!.num > 1000 && !s.at(j)!.text.includes(',')) return null;
    let value = n.value;
    let k = n.end;
    // "two to three weeks", "12 to 18 months": a range keeps its first figure only when it is exact.
    if ((s.word(k) === 'to' || s.word(k) === 'or' || s.word(k) === '-') && parseNumber(s.tokens, k + 1)) {
      const m = parseNumber(s.tokens, k + 1)!;
      if (unitAfter(s, m.end)) { k = m.end; if (value !== null && m.value !== null && m.value - value > 1) value = null; }
    }
    // A number glued to a hyphen and a unit is an adjective: "eight-year", "10-year", "two-hour".
    const hyphen = s.word(k) === '-' && !s.at(k)!.space && !s.at(k + 1)?.space;
    const u = hyphen ? (UNITS.get(s.word(k + 1)) ? { unit: UNITS.get(s.word(k + 1))!, end: k + 2 } : null) : unitAfter(s, k);
    if (!u) return null;
    let end = u.end;
    // The adjective stands alone in TimeML: "the [two-week] delay".
    if (hyphen && j > i) return null;
    if (hyphen && PLURAL_UNITS.has(s.word(k + 1))) return null;
    // "a second term", "a minute's silence": "a" + second/minute must be the unit of time, not an ordinal.
    // "a few seconds", "a couple of quarters" are spans: the test is for the singular unit only.
    if (s.word(j) === 'a' && (u.unit.name === 'second' || u.unit.name === 'quarter') && !PLURAL_UNITS.has(s.word(u.end - 1))) return null;
    // "twice a year" is a set, "$5 million a year" a rate: neither is a span of time.
    if (s.word(j) === 'a' && (s.at(j - 1)?.kind === 'num' || RATE_WORDS.has(s.word(j - 1)))) return null;
    // Ages and lengths written as one word keep their tail: "8-month-old", "day-long".
    if (s.word(end) === '-' && !s.at(end)!.space && s.word(end + 1) === 'long') end += 2;
    // Ages are not annotated: "the 6-year-old", "52 years old".
    if (s.word(end) === '-' && s.word(end + 1) === 'old' || s.word(end) === 'old' || s.word(end) === 'of' && s.word(end + 1) === 'age') return null;
    // "a minute and a half"
    if (value !== null && s.word(end) === 'and' && s.word(end + 1) === 'a' && s.word(end + 2) === 'half') { value += 0.5; end += 3; }
    // "the first quarter" is a calendar quarter; "the nine months" a span.
    if (u.unit.name === 'quarter' && value !== null && value <= 4 && !PLURAL_UNITS.has(s.word(u.end - 1)) && s.word(i) === 'the') return null;
    return { start: i, end, type: 'duration', value: durationValue(value, u.unit) } satisfies Found;
  },
};

const VAGUE_LEAD = new Set(['recent', 'coming', 'past', 'next', 'last', 'few', 'several', 'many', 'following', 'previous', 'early', 'ensuing', 'preceding', 'later', 'intervening', 'subsequent', 'initial', 'final', 'remaining', 'succeeding']);

/** "years", "recent weeks", "the coming months", "the weeks ahead", "decades-long". */
const vague: Rule = {
  name: 'vague-duration',
  triggers: ['the', ...PLURAL_UNITS, ...VAGUE_LEAD],
  // Lead words, then a plural unit.
  follows: Object.fromEntries(['the', ...VAGUE_LEAD].map((w) => [w, [...VAGUE_LEAD, ...PLURAL_UNITS]])),
  match(s, i) {
    let j = i;
    if (s.word(j) === 'the') j++;
    while (VAGUE_LEAD.has(s.word(j))) j++;
    const w = s.word(j);
    if (!PLURAL_UNITS.has(w)) return null;
    // "52 years old": the counted rule decides what follows a number.
    if (j === i && (s.at(i - 1)?.kind === 'num' || parseNumber(s.tokens, i - 1)?.end === i)) return null;
    const unit = UNITS.get(w)!;
    let end = j + 1;
    if (s.word(end) === 'ahead') end++;
    if (s.word(end) === '-' && !s.at(end)!.space && (s.word(end + 1) === 'old' || s.word(end + 1) === 'long')) end += 2;
    // "the years" alone and "days of" are too often not a span of time.
    if (end === j + 1 && j > i && s.word(i) === 'the' && j === i + 1) return null;
    if (s.word(end) === 'of' || s.word(end) === 'ago' || s.word(end) === 'later' || s.word(end) === 'earlier') return null;
    if (unit.name === 'second' || unit.name === 'quarter') return null;
    return { start: i, end, type: 'duration', value: durationValue(null, unit), priority: -1 };
  },
};

/** "day-long", "year-long": one-unit spans. */
const unitLong: Rule = {
  name: 'unit-long',
  triggers: ['day', 'week', 'month', 'year', 'hour', 'decade'],
  match(s, i) {
    // Not the tail of "two-day-long", which the counted rule reads whole.
    if (s.word(i + 1) !== '-' || s.word(i + 2) !== 'long' || s.at(i + 1)!.space || (!s.at(i)!.space && s.at(i - 1)?.text === '-')) return null;
    return { start: i, end: i + 3, type: 'duration', value: durationValue(1, UNITS.get(s.word(i))!) };
  },
};

export const durationRules: readonly Rule[] = [counted, vague, unitLong];
