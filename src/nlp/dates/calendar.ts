// Calendar arithmetic on plain {year, month, day} triples (UTC, proleptic Gregorian), and the
// TIMEX3 spellings of dates, weeks, months and quarters.

export interface Ymd { y: number; m: number; d: number }

const DAY = 86_400_000;

export const toMs = (a: Ymd): number => Date.UTC(a.y, a.m - 1, a.d);

export function fromMs(ms: number): Ymd {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export const addDays = (a: Ymd, n: number): Ymd => fromMs(toMs(a) + n * DAY);

export function addMonths(a: Ymd, n: number): Ymd {
  const idx = a.y * 12 + (a.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  return { y, m, d: Math.min(a.d, daysInMonth(y, m)) };
}

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** ISO weekday, Monday = 1 .. Sunday = 7. */
export function weekday(a: Ymd): number {
  const w = new Date(toMs(a)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO-8601 week-numbering year and week. */
export function isoWeek(a: Ymd): { y: number; w: number } {
  const thursday = addDays(a, 4 - weekday(a));
  const jan1 = toMs({ y: thursday.y, m: 1, d: 1 });
  return { y: thursday.y, w: Math.floor((toMs(thursday) - jan1) / DAY / 7) + 1 };
}

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const fmtYear = (y: number): string => pad(y, 4);
export const fmtMonth = (y: number, m: number): string => `${fmtYear(y)}-${pad(m)}`;
export const fmtDate = (a: Ymd): string => `${fmtYear(a.y)}-${pad(a.m)}-${pad(a.d)}`;
export function fmtWeek(a: Ymd): string {
  const w = isoWeek(a);
  return `${fmtYear(w.y)}-W${pad(w.w)}`;
}
export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;

/** "YYYY-MM-DD" (or a longer ISO timestamp) to a triple; null when it is not a date. */
export function parseReference(s: string | null): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const a = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return a.m >= 1 && a.m <= 12 && a.d >= 1 && a.d <= daysInMonth(a.y, a.m) ? a : null;
}

/** The n-th (1-based; -1 = last) given ISO weekday of a month. */
export function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  if (n > 0) {
    const first = weekday({ y, m, d: 1 });
    return { y, m, d: 1 + ((wd - first + 7) % 7) + (n - 1) * 7 };
  }
  const lastDay = daysInMonth(y, m);
  const last = weekday({ y, m, d: lastDay });
  return { y, m, d: lastDay - ((last - wd + 7) % 7) };
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}
