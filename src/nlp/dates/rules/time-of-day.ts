// Times of day: "10:35 a.m.", "10 p.m. EST", "noon", "midnight", "4 in the morning", and parts of
// the day: "this morning", "tonight", "last night", "mid-afternoon". Clock times carry only their
// "THH:MM" part; the engine joins them to an adjacent day or to the reference date.
import { addDays, fmtDate } from '../calendar.js';
import type { Found, Rule, Scan } from '../engine.js';
import { MONTHS, PARTS_OF_DAY, TIME_ZONES, WEEKDAYS } from '../lexicon.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** "a.m.", "a.m", "am", "p.m." at i: returns +0 or +12 hours and the end. */
function meridiem(s: Scan, i: number): { add: number; end: number } | null {
  const w = s.word(i);
  if (w === 'am' || w === 'pm') return { add: w === 'pm' ? 12 : 0, end: s.word(i + 1) === '.' && s.word(i + 2) === '' ? i + 1 : i + 1 };
  if ((w === 'a' || w === 'p') && s.word(i + 1) === '.' && s.word(i + 2) === 'm' && !s.at(i + 1)!.space && !s.at(i + 2)!.space) {
    // The final dot is the sentence's full stop when a new sentence follows: "at 6 a.m. The ...".
    const next = s.at(i + 4);
    const dot = s.word(i + 3) === '.' && !s.at(i + 3)!.space && !(next === undefined || (next.cap && next.space && !TIME_ZONES.has(next.lower) && !WEEKDAYS.has(next.lower) && !MONTHS.has(next.lower)));
    return { add: w === 'p' ? 12 : 0, end: dot ? i + 4 : i + 3 };
  }
  return null;
}

function withZone(s: Scan, end: number): number {
  return TIME_ZONES.has(s.word(end)) && s.at(end)!.cap ? end + 1 : end;
}

const clock: Rule = {
  name: 'clock',
  triggers: ['#num'],
  // ":30", "a.m.", "pm", "o'clock", "in the morning"
  follows: { '#num': [':', 'am', 'pm', 'a', 'p', 'o', 'in'] },
  match(s, i) {
    const h = s.at(i)!;
    if (h.digits > 2 || !Number.isInteger(h.num) || h.num > 24) return null;
    // Not a score ("3-1") or a part of a bigger number.
    if (s.at(i - 1) && !h.space && (s.at(i - 1)!.kind === 'num' || s.word(i - 1) === ':' || s.word(i - 1) === '.')) return null;
    let j = i + 1;
    let minutes = -1;
    if (s.word(j) === ':' && !s.at(j)!.space && s.at(j + 1)?.kind === 'num' && s.at(j + 1)!.digits === 2 && !s.at(j + 1)!.space) {
      minutes = s.at(j + 1)!.num;
      if (minutes > 59) return null;
      j += 2;
      // "3:16:20" or "1:30:45" (a race time) are not clock times here.
      if (s.word(j) === ':') return null;
    }
    const mer = meridiem(s, j);
    let hour = h.num;
    if (mer) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + mer.add;
      j = mer.end;
    } else if (minutes < 0) {
      if (s.word(j) === 'o' && s.word(j + 1) === "'" && s.word(j + 2) === 'clock') j += 3;
      else if (s.word(j) === 'in' && s.word(j + 1) === 'the' && PARTS_OF_DAY.has(s.word(j + 2))) {
        const part = s.word(j + 2);
        if (part !== 'morning' && hour < 12) hour += 12;
        j += 3;
      } else return null;
    } else if (hour > 23 || s.at(i - 1)?.cap && s.at(i - 1)?.kind === 'word' && !s.at(i - 1)!.lower.match(/^(at|by|until|before|after|around|about)$/)) {
      // "John 3:16", "Psalm 23:4": a capitalised word right before a bare H:MM is a reference, not a time.
      return null;
    }
    const end = withZone(s, j);
    return { start: i, end, type: 'time', value: `T${pad(hour)}:${pad(Math.max(minutes, 0))}`, kind: 'clock' };
  },
};

const NAMED = new Map([['noon', 'T12:00'], ['midnight', 'T24:00'], ['midday', 'T12:00']]);

const namedTime: Rule = {
  name: 'noon-midnight',
  triggers: [...NAMED.keys()],
  match(s, i) {
    return { start: i, end: withZone(s, i + 1), type: 'time', value: NAMED.get(s.word(i))!, kind: 'clock' };
  },
};

/** "this morning", "tonight", "last night", "the morning", "mid-afternoon", "overnight". */
const partOfDay: Rule = {
  name: 'part-of-day',
  triggers: ['this', 'tonight', 'last', 'the', 'mid', 'overnight', 'early', 'late'],
  follows: { the: [...PARTS_OF_DAY.keys()], this: [...PARTS_OF_DAY.keys()] },
  match(s, i): Found | null {
    const w = s.word(i);
    const ref = s.ref;
    const day = (n: number) => (ref ? fmtDate(addDays(ref, n)) : 'XXXX-XX-XX');
    if (w === 'tonight') return { start: i, end: i + 1, type: 'time', value: `${day(0)}TNI` };
    let j = i + 1;
    if (w === 'mid' && s.word(j) === '-') j++;
    const part = PARTS_OF_DAY.get(s.word(j));
    if (!part || s.word(j).endsWith('s')) return null;
    if (w === 'this' || w === 'mid') return { start: i, end: j + 1, type: 'time', value: `${day(0)}T${part}` };
    if (w === 'last' && part === 'NI') return { start: i, end: j + 1, type: 'time', value: `${day(-1)}TNI` };
    if (w === 'the' && (s.word(i - 1) === 'in' || s.word(i - 1) === 'during') && s.word(j + 1) !== 'of') return { start: i, end: j + 1, type: 'time', value: `${day(0)}T${part}`, priority: -1 };
    if ((w === 'early' || w === 'late') && s.word(i - 1) !== 'the' && (part === 'MO' || part === 'AF' || part === 'EV')) return { start: i, end: j + 1, type: 'time', value: `${day(0)}T${part}`, priority: -1 };
    return null;
  },
};

export const timeOfDayRules: readonly Rule[] = [clock, namedTime, partOfDay];
