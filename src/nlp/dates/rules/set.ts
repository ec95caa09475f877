// Sets (recurring times): "daily", "weekly", "annually", "every day", "each year", "every
// three months", "each Thursday", "each July", "$5 a year".
import type { Rule } from '../engine.js';
import { MONTHS, UNITS, WEEKDAYS } from '../lexicon.js';
import { parseNumber } from '../numbers.js';
import { durationValue } from './duration.js';

const ADVERBS = new Map([
  ['daily', 'P1D'], ['weekly', 'P1W'], ['monthly', 'P1M'], ['annually', 'P1Y'], ['yearly', 'P1Y'], ['hourly', 'PT1H'], ['nightly', 'P1D'],
]);

const adverb: Rule = {
  name: 'set-adverb',
  triggers: [...ADVERBS.keys()],
  match(s, i) {
    // "twice-daily", "bi-weekly" and "daily" as a newspaper's name are not counted.
    if (s.at(i)!.cap && ((s.at(i - 1)?.cap && s.at(i - 1)?.kind === 'word') || s.at(i + 1)?.cap)) return null;
    return { start: i, end: i + 1, type: 'set', value: ADVERBS.get(s.word(i))! };
  },
};

const every: Rule = {
  name: 'every-unit',
  triggers: ['every', 'each', 'per'],
  match(s, i) {
    let j = i + 1;
    if (s.word(j) === 'other') j++;
    const wd = WEEKDAYS.get(s.word(j));
    if (wd !== undefined && s.word(i) !== 'per') return { start: i, end: j + 1, type: 'set', value: `XXXX-WXX-${wd}` };
    const m = MONTHS.get(s.word(j));
    if (m !== undefined && s.at(j)!.cap && s.word(j).length > 3 && s.word(i) !== 'per') return { start: i, end: j + 1, type: 'set', value: `XXXX-${String(m).padStart(2, '0')}` };
    let n: number | null = s.word(i + 1) === 'other' ? 2 : 1;
    const num = s.word(i) === 'every' ? parseNumber(s.tokens, j) : null;
    if (num && num.value !== null && s.word(j) !== 'a') { n = num.value; j = num.end; }
    const unit = UNITS.get(s.word(j));
    if (!unit || unit.name === 'decade' || unit.name === 'century') return null;
    if (n === 1 && s.word(j).endsWith('s')) return null;
    return { start: i, end: j + 1, type: 'set', value: durationValue(n, unit) };
  },
};

/** "twice a week", "three times a year": "a" + unit after a frequency (not "$5 a year", a rate). */
const perUnit: Rule = {
  name: 'a-unit',
  triggers: ['a'],
  follows: { a: [...UNITS.keys()] },
  match(s, i) {
    const prev = s.at(i - 1);
    if (!prev) return null;
    const amount = prev.lower === 'twice' || prev.lower === 'once' || prev.lower === 'thrice' || prev.lower === 'times';
    const unit = UNITS.get(s.word(i + 1));
    if (!amount || !unit || s.word(i + 1).endsWith('s') || unit.name === 'second' || unit.name === 'quarter') return null;
    return { start: i, end: i + 2, type: 'set', value: durationValue(1, unit) };
  },
};

export const setRules: readonly Rule[] = [adverb, every, perUnit];
