// Named days: "Christmas", "Thanksgiving Day", "New Year's Day", "Easter", "Election Day",
// resolved to the occurrence the tense points at.
import { type Ymd, easter, fmtDate, fmtYear, nthWeekday } from '../calendar.js';
import type { Rule } from '../engine.js';
import { yearFor } from '../resolve.js';
import { yearAfterComma } from './pieces.js';

type DateOf = (y: number) => Ymd;
const fixed = (m: number, d: number): DateOf => (y) => ({ y, m, d });

interface Holiday { words: string[]; date: DateOf }
const HOLIDAYS: Holiday[] = [
  { words: ['christmas', 'eve'], date: fixed(12, 24) },
  { words: ['christmas', 'day'], date: fixed(12, 25) },
  { words: ['christmas'], date: fixed(12, 25) },
  { words: ['new', 'year', "'", 's', 'eve'], date: fixed(12, 31) },
  { words: ['new', 'year', "'", 's', 'day'], date: fixed(1, 1) },
  { words: ['thanksgiving', 'day'], date: (y) => nthWeekday(y, 11, 4, 4) },
  { words: ['thanksgiving'], date: (y) => nthWeekday(y, 11, 4, 4) },
  { words: ['easter', 'sunday'], date: easter },
  { words: ['easter'], date: easter },
  { words: ['halloween'], date: fixed(10, 31) },
  { words: ['independence', 'day'], date: fixed(7, 4) },
  { words: ['valentine', "'", 's', 'day'], date: fixed(2, 14) },
  { words: ['labor', 'day'], date: (y) => nthWeekday(y, 9, 1, 1) },
  { words: ['memorial', 'day'], date: (y) => nthWeekday(y, 5, 1, -1) },
  // US federal elections: the Tuesday after the first Monday of November.
  { words: ['election', 'day'], date: (y) => { const m = nthWeekday(y, 11, 1, 1); return { y, m: 11, d: m.d + 1 }; } },
];

/** Lower-case words that may follow a one-word holiday ("Easter and", "Christmas this year"). */
const AFTER_BARE_HOLIDAY = new Set(['and', 'or', 'to', 'in', 'on', 'of', 'at', 'this', 'last', 'next', 'following', 'after', 'before', 'when', 'while', 'until', 'since']);

/** "last Thanksgiving" (-1), "next Christmas" (+1), "this Easter" (0): the occurrence named from the reference. */
const SHIFT: ReadonlyMap<string, number> = new Map([['last', -1], ['next', 1], ['this', 0]]);

/** The year of the holiday `shift` occurrences from the reference: last = before it, next = after it. */
function shiftedYear(ref: Ymd, date: DateOf, shift: number): number {
  const key = (d: Ymd) => d.m * 100 + d.d;
  const now = ref.m * 100 + ref.d;
  if (shift < 0) return key(date(ref.y)) < now ? ref.y : ref.y - 1;
  if (shift > 0) return key(date(ref.y)) > now ? ref.y : ref.y + 1;
  return ref.y;
}

const holiday: Rule = {
  name: 'holiday',
  triggers: ['christmas', 'new', 'thanksgiving', 'easter', 'halloween', 'independence', 'valentine', 'labor', 'memorial', 'election'],
  match(s, i) {
    if (!s.at(i)!.cap) return null;
    for (const h of HOLIDAYS) {
      let ok = true;
      for (let k = 0; k < h.words.length && ok; k++) {
        const w = s.word(i + k);
        ok = w === h.words[k] || (h.words[k] === "'" && w === '’');
      }
      if (!ok) continue;
      let end = i + h.words.length;
      // "Easter week", "Christmas shopping": only the day itself, and only capitalised.
      if (h.words.length === 1 && s.at(end)?.kind === 'word' && !s.at(end)!.cap && s.word(end) !== 'eve') {
        if (!AFTER_BARE_HOLIDAY.has(s.word(end))) return null;
      }
      const y = yearAfterComma(s, end);
      if (y) { end = y.end; return { start: i, end, type: 'date', value: fmtDate(h.date(y.value)), kind: 'day' }; }
      if (!s.ref) {
        const d = h.date(2000);
        return { start: i, end, type: 'date', value: `XXXX-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`, kind: 'day' };
      }
      // "the last Christmas before the war" is an ordinal, not a shift.
      const shift = i > 0 && s.word(i - 2) !== 'the' ? SHIFT.get(s.word(i - 1)) : undefined;
      const guess = h.date(s.ref.y);
      const yy = shift !== undefined ? shiftedYear(s.ref, h.date, shift) : yearFor(s.ref, guess.m, guess.d, s.tense(i, end));
      const d = h.date(yy);
      return { start: shift !== undefined ? i - 1 : i, end, type: 'date', value: `${fmtYear(d.y)}${fmtDate(d).slice(4)}`, kind: 'day' };
    }
    return null;
  },
};

export const holidayRules: readonly Rule[] = [holiday];
