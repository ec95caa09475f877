// Seasons: "this summer", "last fall", "the winter of 1994", "summer 2011", "spring".
import type { Ymd } from '../calendar.js';
import type { Rule } from '../engine.js';
import { SEASONS } from '../lexicon.js';
import type { Tense } from '../tense.js';
import { yearAt } from './pieces.js';

const TIME_PREPOSITIONS = new Set(['in', 'during', 'by', 'until', 'till', 'since', 'through', 'throughout', 'before', 'after']);
const START_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const SHIFT = new Map([['this', 0], ['last', -1], ['past', -1], ['next', 1], ['coming', 1], ['early', 0], ['late', 0], ['the', 0]]);

/** The year of the nearest such season in the tense's direction. */
function seasonYear(ref: Ymd, code: string, shift: number, tense: Tense, explicit: boolean): number {
  const start = START_MONTH[code]!;
  // The season counts as begun once its first month has come; winter belongs to the year it starts in.
  const begun = ref.m >= start || (code === 'WI' && ref.m <= 2);
  const current = code === 'WI' && ref.m <= 2 ? ref.y - 1 : ref.y;
  // News convention: "last fall" is the previous year's fall, "this summer" the running year's.
  if (shift < 0) return current - 1;
  if (shift > 0) return begun ? current + 1 : current;
  if (shift === 0 && explicit) return current;
  if (tense === 'past' && !begun) return current - 1;
  return current;
}

const season: Rule = {
  name: 'season',
  triggers: [...SEASONS.keys(), ...SHIFT.keys()],
  follows: { the: [...SEASONS.keys()], this: ['past', ...SEASONS.keys()] },
  match(s, i) {
    let j = i;
    let shift: number | undefined;
    let recentPast = false;
    if (s.word(j) === 'this' && s.word(j + 1) === 'past') { shift = -1; j += 2; recentPast = true; }
    else if (SHIFT.has(s.word(j))) {
      shift = SHIFT.get(s.word(j)); j++;
      if ((s.word(i) === 'early' || s.word(i) === 'late') && s.word(j) === 'the') j++;
    }
    const w = s.word(j);
    const code = SEASONS.get(w);
    if (!code) return null;
    let end = j + 1;
    const k = s.word(end) === 'of' ? end + 1 : end;
    const y = yearAt(s, k);
    if (y) return { start: i, end: y.end, type: 'date', value: `${y.value}-${code}` };
    // "fall" and "spring" are a verb and a noun too often: alone they need "this", "last" or "next".
    const strong = shift !== undefined && s.word(i) !== 'the' && s.word(i) !== 'early' && s.word(i) !== 'late';
    // "in the fall" is a season, "the fall of the regime" is not.
    const framed = s.word(i) === 'the' && TIME_PREPOSITIONS.has(s.word(i - 1)) && s.word(end) !== 'of';
    if ((w === 'fall' || w === 'spring') && !strong && !framed) return null;
    if (shift === undefined && s.word(i - 1) !== 'in' && s.word(i - 1) !== 'this' && s.word(i - 1) !== 'during') return null;
    if (s.word(end) === "'" || s.word(end) === '-') return null;
    if (!s.ref) return { start: i, end, type: 'date', value: `XXXX-${code}` };
    // "this past spring": the most recent one that has ended.
    const sy = recentPast ? seasonYear(s.ref, code, 0, 'past', false) : seasonYear(s.ref, code, shift ?? 0, s.tense(i, end), s.word(i) === 'this');
    return { start: i, end, type: 'date', value: `${sy}-${code}` };
  },
};

export const seasonRules: readonly Rule[] = [season];
