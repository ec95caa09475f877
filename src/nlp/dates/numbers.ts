// Number phrases as they appear in temporal expressions: "12", "five", "twenty-four", "2 1/2",
// "a", "a couple of", "several" (vague: value null, written X in TIMEX3).
import { TENS, UNITS_ONE } from './lexicon.js';
import type { Token } from './tokens.js';

export interface NumberPhrase { value: number | null; end: number }

/** The token at k, or undefined past either end (reading outside the array sent the optimised parser back to the interpreter). */
const at = (t: readonly Token[], k: number): Token | undefined => (k >= 0 && k < t.length ? t[k] : undefined);

const VAGUE = new Set(['several', 'few', 'many', 'some', 'numerous', 'countless', 'multiple']);

/** The words after "a" (or "an") that parseNumber reads with it: "a couple", "a dozen", "a half". */
export const A_NUMBER: readonly string[] = ['couple', 'few', 'dozen', 'hundred', 'thousand', 'half'];

/** The words parseNumber may read after a number word: "twenty-four", "two hundred", "one and a half", "dozens of". */
export const AFTER_NUMBER_WORD: readonly string[] = ['-', 'of', 'hundred', 'thousand', 'and', ...UNITS_ONE.keys()];

/** The words parseNumber can start on (besides number tokens): rules that need a number next say so with these. */
export const NUMBER_STARTS: readonly string[] = [
  'a', 'an', ...VAGUE, 'couple', 'dozens', 'hundreds', 'thousands', 'dozen', ...TENS.keys(), ...UNITS_ONE.keys(),
];

/** The number phrase starting at token i, or null. `end` is exclusive. */
export function parseNumber(t: readonly Token[], i: number): NumberPhrase | null {
  const a = at(t, i);
  if (!a) return null;
  if (a.kind === 'num') {
    if (!Number.isFinite(a.num)) return null;
    // "2 1/2"
    const b = at(t, i + 1), s = at(t, i + 2), c = at(t, i + 3);
    // Missing tokens ruled out first: a missing one's kind compared with a string sent the optimised parser back to the interpreter.
    if (b !== undefined && s !== undefined && c !== undefined && b.kind === 'num' && s.text === '/' && c.kind === 'num' && !s.space && !c.space && c.num > 0 && b.num < c.num) {
      return { value: a.num + b.num / c.num, end: i + 4 };
    }
    return { value: a.num, end: i + 1 };
  }
  if (a.kind !== 'word') return null;
  const w = a.lower;
  if (w === 'a' || w === 'an') {
    const n1 = at(t, i + 1)?.lower;
    if (n1 === 'couple') return { value: 2, end: at(t, i + 2)?.lower === 'of' ? i + 3 : i + 2 };
    if (n1 === 'few') return { value: null, end: i + 2 };
    if (n1 === 'dozen') return { value: 12, end: i + 2 };
    if (n1 === 'hundred') return { value: 100, end: i + 2 };
    if (n1 === 'thousand') return { value: 1000, end: i + 2 };
    if (n1 === 'half') return { value: 0.5, end: i + 2 };
    return { value: 1, end: i + 1 };
  }
  if (VAGUE.has(w)) return { value: null, end: i + 1 };
  if (w === 'couple') return { value: 2, end: at(t, i + 1)?.lower === 'of' ? i + 2 : i + 1 };
  if (w === 'dozens' || w === 'hundreds' || w === 'thousands') return { value: null, end: at(t, i + 1)?.lower === 'of' ? i + 2 : i + 1 };
  if (w === 'dozen') return { value: 12, end: i + 1 };
  let value: number | undefined;
  let end = i + 1;
  const tens = TENS.get(w);
  if (tens !== undefined) {
    value = tens;
    // "twenty-four", "twenty four"
    let j = i + 1;
    if (at(t, j)?.text === '-' && !at(t, j)!.space) j++;
    const u = UNITS_ONE.get(at(t, j)?.lower ?? '');
    if (u !== undefined && u > 0 && u < 10) { value += u; end = j + 1; }
  } else {
    value = UNITS_ONE.get(w);
  }
  if (value === undefined) return null;
  if (at(t, end)?.lower === 'hundred') { value *= 100; end++; }
  else if (at(t, end)?.lower === 'thousand') { value *= 1000; end++; }
  // "one and a half"
  if (at(t, end)?.lower === 'and' && at(t, end + 1)?.lower === 'a' && at(t, end + 2)?.lower === 'half') { value += 0.5; end += 3; }
  return { value, end };
}

/** A spelled-out year: "nineteen ninety-six", "nineteen eighty", "two thousand (and) one". */
export function parseSpelledYear(t: readonly Token[], i: number): NumberPhrase | null {
  const w = at(t, i)?.lower;
  if (w === 'two' && at(t, i + 1)?.lower === 'thousand') {
    let end = i + 2;
    if (at(t, end)?.lower === 'and') end++;
    const rest = parseNumber(t, end);
    if (rest && rest.value !== null && Number.isInteger(rest.value) && rest.value < 100 && at(t, end)?.kind === 'word' && at(t, end)?.lower !== 'a') {
      return { value: 2000 + rest.value, end: rest.end };
    }
    return { value: 2000, end: i + 2 };
  }
  const century = w === undefined ? undefined : UNITS_ONE.get(w);
  if (century === undefined || century < 10) return null;
  const rest = parseNumber(t, i + 1);
  if (!rest || rest.value === null || !Number.isInteger(rest.value) || rest.value < 10 || rest.value > 99 || at(t, i + 1)?.kind !== 'word') return null;
  return { value: century * 100 + rest.value, end: rest.end };
}
