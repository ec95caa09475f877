// Date lines, "September 4, 2025", "Published: 4 Sep 2025 10:30", "2025-09-04": the publication date
// when it sits before the body, and never body text when the line is only a date.
import type { Rule } from './rule.js';
import { wordCount } from './shape.js';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const LABELS = ['published on', 'published', 'posted on', 'posted', 'updated on', 'updated', 'last updated', 'date', 'on'];

const pad = (n: number) => String(n).padStart(2, '0');
function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The first date in a short string, as YYYY-MM-DD; bounded patterns only. */
export function findDate(s: string): string | null {
  const iso = /\b([12][0-9]{3})-([01]?[0-9])-([0-3]?[0-9])(?![0-9])/u.exec(s);
  if (iso) return ymd(+iso[1]!, +iso[2]!, +iso[3]!);
  const mdy = /\b([A-Za-z]{3,9})\.? ([0-3]?[0-9])(?:st|nd|rd|th)?,? ([12][0-9]{3})\b/u.exec(s);
  if (mdy && MONTHS[mdy[1]!.toLowerCase()]) return ymd(+mdy[3]!, MONTHS[mdy[1]!.toLowerCase()]!, +mdy[2]!);
  const dmy = /\b([0-3]?[0-9])(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? ([12][0-9]{3})\b/u.exec(s);
  if (dmy && MONTHS[dmy[2]!.toLowerCase()]) return ymd(+dmy[3]!, MONTHS[dmy[2]!.toLowerCase()]!, +dmy[1]!);
  const slash = /\b([01]?[0-9])\/([0-3]?[0-9])\/([12][0-9]{3})\b/u.exec(s);
  if (slash) return ymd(+slash[3]!, +slash[1]!, +slash[2]!);
  return null;
}

/** A line that is a date and little else (a label, a time, a reading time). */
export function isDateLine(s: string): boolean {
  return s.length <= 80 && wordCount(s) <= 10 && findDate(s) !== null;
}

export const published: Rule = (block, ctx) => {
  if (!isDateLine(block.text)) return null;
  const lower = block.text.toLowerCase();
  const labelled = LABELS.some((l) => lower.startsWith(l));
  const beforeBody = ctx.firstProse < 0 || ctx.index < ctx.firstProse;
  const date = findDate(block.text);
  // An "Updated" line is not the publication date, but it is still not body text.
  const meta = beforeBody && date && !lower.startsWith('updated') && !lower.startsWith('last updated') ? { published: date } : {};
  return beforeBody || labelled ? { drop: 'date line', meta } : null;
};
