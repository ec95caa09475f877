// Decades and centuries: "the 1980s", "the early 1990s", "the '80s", "the nineties",
// "the 20th century". Values as TIMEX3 writes them, the year's leading digits: 198 (the 1980s), 19
// (the 20th century, the 1900s).
import type { Rule, Scan } from '../engine.js';
import { ORDINALS, ORDINAL_SUFFIXES } from '../lexicon.js';

const SPELLED_DECADES = new Map([
  ['twenties', 2], ['thirties', 3], ['forties', 4], ['fifties', 5], ['sixties', 6], ['seventies', 7], ['eighties', 8], ['nineties', 9],
]);
const PHASE = new Set(['early', 'late', 'mid', 'middle']);

/** "the" and "early/late/mid(-)" before a decade or century belong to it. */
function leftEdge(s: Scan, i: number): number {
  let k = i;
  if (s.word(k - 1) === '-' && s.word(k - 2) === 'mid' && !s.at(k - 1)!.space) k -= 2;
  else if (PHASE.has(s.word(k - 1))) k -= 1;
  if (s.word(k - 1) === 'the') k -= 1;
  return k;
}

const decade: Rule = {
  name: 'decade',
  triggers: ['#num', "'", '’', ...SPELLED_DECADES.keys()],
  follows: { '#num': ['s', "'"], "'": ['#num'], '’': ['#num'] },
  match(s, i) {
    const t = s.at(i)!;
    const spelled = SPELLED_DECADES.get(t.lower);
    if (spelled !== undefined) {
      // "the nineties" but not "in his forties" (an age).
      const prev = s.word(i - 1), start = leftEdge(s, i);
      if (prev === 'his' || prev === 'her' || prev === 'their' || s.word(start) !== 'the') return null;
      return { start, end: i + 1, type: 'date', value: `19${spelled}` };
    }
    let j = i, century = 0, digits = '';
    if (t.text === "'" || t.text === '’') {
      const n = s.at(i + 1);
      if (!n || n.kind !== 'num' || n.digits !== 2 || n.space || n.num % 10 !== 0) return null;
      century = n.num < 30 ? 20 : 19;
      digits = n.text;
      j = i + 1;
    } else {
      if (t.kind !== 'num' || t.digits !== 4 || t.num % 10 !== 0 || t.num < 1000 || t.num > 2090) return null;
      century = Math.floor(t.num / 100);
      digits = t.text.slice(2);
    }
    // "the 1800s" is a century.
    const hundreds = digits === '00';
    const suffix = s.at(j + 1);
    if (!suffix || suffix.space || (suffix.lower !== 's' && !(suffix.text === "'" && s.word(j + 2) === 's'))) return null;
    const end = suffix.lower === 's' ? j + 2 : j + 3;
    return { start: leftEdge(s, i), end, type: 'date', value: hundreds ? `${century}` : `${century}${digits[0]}` };
  },
};

const century: Rule = {
  name: 'century',
  triggers: ['#num', ...ORDINALS.keys()],
  follows: { '#num': [...ORDINAL_SUFFIXES], ...Object.fromEntries([...ORDINALS.keys()].map((w) => [w, ['-', 'century']])) },
  match(s, i) {
    const t = s.at(i)!;
    let n: number | undefined, j: number;
    if (t.kind === 'num') {
      const suf = s.at(i + 1);
      if (!suf || suf.space || !['st', 'nd', 'rd', 'th'].includes(suf.lower)) return null;
      n = t.num; j = i + 2;
    } else {
      n = ORDINALS.get(t.lower);
      j = i + 1;
      if (s.word(j) === '-' && ORDINALS.has(`${t.lower}-${s.word(j + 1)}`)) { n = ORDINALS.get(`${t.lower}-${s.word(j + 1)}`); j += 2; }
    }
    if (n === undefined || n < 1 || n > 21) return null;
    if (s.word(j) === '-' && s.word(j + 1) === 'century') j++;
    if (s.word(j) !== 'century') return null;
    return { start: leftEdge(s, i), end: j + 1, type: 'date', value: String(n - 1).padStart(2, '0') };
  },
};

export const decadeRules: readonly Rule[] = [decade, century];
