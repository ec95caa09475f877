// Normalisation helpers: relative and underspecified dates resolved against the reference date.
// Direction comes from the tense: past-tense news looks back, future tense looks ahead.
import { type Ymd, addDays, addMonths, fmtDate, fmtMonth, fmtWeek, fmtYear, quarterOf, weekday } from './calendar.js';
import type { Tense } from './tense.js';

/** "Monday": the one on or before the reference in the past tense, after it in the future. */
export function weekdayDate(ref: Ymd | null, wd: number, tense: Tense): string {
  if (!ref) return `XXXX-WXX-${wd}`;
  const today = weekday(ref);
  if (tense === 'future') {
    const ahead = (wd - today + 7) % 7;
    return fmtDate(addDays(ref, ahead === 0 ? 0 : ahead));
  }
  const back = (today - wd + 7) % 7;
  return fmtDate(addDays(ref, -back));
}

/** "last Friday" (shift -1) / "next Friday" (+1) / "this Friday" (0, the coming one). */
export function shiftedWeekday(ref: Ymd | null, wd: number, shift: number): string {
  if (!ref) return `XXXX-WXX-${wd}`;
  const today = weekday(ref);
  if (shift < 0) {
    const back = (today - wd + 7) % 7 || 7;
    return fmtDate(addDays(ref, -back));
  }
  const ahead = (wd - today + 7) % 7;
  if (shift === 0) return fmtDate(addDays(ref, ahead));
  return fmtDate(addDays(ref, ahead === 0 ? 7 : ahead));
}

/**
 * The year of a month (and day) named without a year: within about three months of the reference
 * the nearest occurrence, whatever the tense (news is about the weeks around its date); further
 * away, the one the tense points at.
 */
export function yearFor(ref: Ymd, m: number, d: number, tense: Tense): number {
  const diff = (m - ref.m) * 31 + (d - ref.d);
  const near = diff > 183 ? ref.y - 1 : diff < -183 ? ref.y + 1 : ref.y;
  const ahead = (near - ref.y) * 372 + diff;
  // No tense to go by: news tells of the past more than it plans, so a date nearer half a year
  // ahead than back ("the October slaying" in April) is still the one before.
  if (tense === 'present') return ahead > PRESENT_AHEAD_DAYS ? near - 1 : near;
  if (Math.abs(ahead) <= NEAR_DAYS) return near;
  const key = m * 100 + d;
  const now = ref.m * 100 + ref.d;
  if (tense === 'past') return key <= now ? ref.y : ref.y - 1;
  return key >= now ? ref.y : ref.y + 1;
}
const NEAR_DAYS = 93;
const PRESENT_AHEAD_DAYS = 138;

export function monthValue(ref: Ymd | null, m: number, tense: Tense): string {
  if (!ref) return `XXXX-${String(m).padStart(2, '0')}`;
  // A month named alone: the day does not matter, only whether the month has come.
  // A month alone follows the tense: "resigned in April" in March is last year's April.
  const y = tense === 'past' ? (m <= ref.m ? ref.y : ref.y - 1) : tense === 'future' ? (m >= ref.m ? ref.y : ref.y + 1) : yearFor(ref, m, 15, tense);
  return fmtMonth(y, m);
}

export function dayValue(ref: Ymd | null, m: number, d: number, tense: Tense): string {
  const mm = String(m).padStart(2, '0'), dd = String(d).padStart(2, '0');
  if (!ref) return `XXXX-${mm}-${dd}`;
  return `${fmtYear(yearFor(ref, m, d, tense))}-${mm}-${dd}`;
}

export type Grain = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** The reference moved by n units, written at that unit's granularity. */
export function shifted(ref: Ymd | null, grain: Grain, n: number): string {
  if (!ref) {
    return { day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', quarter: 'XXXX-QX', year: 'XXXX', decade: 'XXX', century: 'XX' }[grain];
  }
  switch (grain) {
    case 'day': return fmtDate(addDays(ref, n));
    case 'week': return fmtWeek(addDays(ref, 7 * n));
    case 'month': { const a = addMonths(ref, n); return fmtMonth(a.y, a.m); }
    case 'quarter': {
      const idx = ref.y * 4 + quarterOf(ref.m) - 1 + n;
      return `${fmtYear(Math.floor(idx / 4))}-Q${(idx % 4) + 1}`;
    }
    case 'year': return fmtYear(ref.y + n);
    case 'decade': return fmtYear(ref.y + 10 * n).slice(0, 3);
    case 'century': return fmtYear(ref.y + 100 * n).slice(0, 2);
  }
}

/** The quarter most recently reported on: the one before the reference's. */
export function lastQuarter(ref: Ymd | null): string {
  return shifted(ref, 'quarter', -1);
}

/**
 * The quarter an earnings story reports on: quarter n of the reference's year, or of the year before
 * when n is still to come; the last ended quarter when the story names none (n = 0).
 */
export function reportedQuarter(ref: Ymd | null, n: number): string {
  if (!ref || n === 0) return lastQuarter(ref);
  return `${fmtYear(n > quarterOf(ref.m) ? ref.y - 1 : ref.y)}-Q${n}`;
}

/** The same period a year before: "1989-Q3" -> "1988-Q3" (X years stay as they are). */
export function yearBefore(v: string): string {
  const y = Number(v.slice(0, 4));
  return Number.isNaN(y) ? v : `${fmtYear(y - 1)}${v.slice(4)}`;
}
