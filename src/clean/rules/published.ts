// Date lines, "September 4, 2025", "Published: 4 Sep 2025 10:30", "2025-09-04": the publication date
// when it sits before the body, and never body text when the line is only a date.
import { decide, type Rule } from './rule.js';
import { wordCount } from './shape.js';

const MONTHS = new Map<string, number>([
  ['jan', 1], ['january', 1], ['feb', 2], ['february', 2], ['mar', 3], ['march', 3], ['apr', 4], ['april', 4], ['may', 5],
  ['jun', 6], ['june', 6], ['jul', 7], ['july', 7], ['aug', 8], ['august', 8], ['sep', 9], ['sept', 9], ['september', 9],
  ['oct', 10], ['october', 10], ['nov', 11], ['november', 11], ['dec', 12], ['december', 12],
]);
/** Is `word` (any case) a month's name or its abbreviation ("Sep", "sept", "December")? */
export const isMonthName = (word: string): boolean => MONTHS.has(word.toLowerCase());
const LABELS = ['published on', 'published', 'posted on', 'posted', 'updated on', 'updated', 'last updated', 'date', 'on'];

const pad = (n: number) => String(n).padStart(2, '0');
function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A date pattern (bounded) and which of its groups hold the year, the month (a number or a name) and the day. */
interface DateFormat {
  re: RegExp;
  year: number;
  month: number;
  day: number;
}

// Tried in order: ISO, "March 3, 2024", "3 March 2024", "3/4/2024". A numeric match is the answer even
// when out of range; a month-name match only when the name is a month, else the next format is tried.
// One loop for all four, rather than a branch each, so the rare formats run the same compiled code as
// the common one (a branch first taken after TurboFan compiled it has no type feedback and deoptimises).
const FORMATS: readonly DateFormat[] = [
  { re: /\b([12][0-9]{3})-([01]?[0-9])-([0-3]?[0-9])(?![0-9])/u, year: 1, month: 2, day: 3 },
  { re: /\b([A-Za-z]{3,9})\.? ([0-3]?[0-9])(?:st|nd|rd|th)?,? ([12][0-9]{3})\b/u, year: 3, month: 1, day: 2 },
  { re: /\b([0-3]?[0-9])(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? ([12][0-9]{3})\b/u, year: 3, month: 2, day: 1 },
  { re: /\b([01]?[0-9])\/([0-3]?[0-9])\/([12][0-9]{3})\b/u, year: 3, month: 1, day: 2 },
];

/** The first date in a short string, as YYYY-MM-DD; bounded patterns only. */
export function findDate(s: string): string | null {
  for (let i = 0; i < FORMATS.length; i++) {
    const f = FORMATS[i]!;
    const m = f.re.exec(s);
    if (m === null) continue;
    const monthText = m[f.month]!;
    // Both readings are taken every time (a name is NaN as a number, a number is no name).
    const named = MONTHS.get(monthText.toLowerCase());
    const numbered = +monthText;
    const month = named ?? numbered;
    if (Number.isNaN(month)) continue;
    return ymd(+m[f.year]!, month, +m[f.day]!);
  }
  return null;
}

/** Whether a line is short enough to be a date line: a date and little else. */
const shortLine = (s: string) => s.length <= 80 && wordCount(s) <= 10;

/** A line that is a date and little else (a label, a time, a reading time). */
export function isDateLine(s: string): boolean {
  return shortLine(s) && findDate(s) !== null;
}

export const published: Rule = (block, ctx) => {
  const date = shortLine(block.text) ? findDate(block.text) : null;
  if (date === null) return null;
  const lower = block.text.toLowerCase();
  const labelled = LABELS.some((l) => lower.startsWith(l));
  const beforeBody = ctx.firstProse < 0 || ctx.index < ctx.firstProse;
  // An "Updated" line is not the publication date, but it is still not body text.
  const fresh = beforeBody && !lower.startsWith('updated') && !lower.startsWith('last updated');
  return beforeBody || labelled ? decide('date line', { published: fresh ? date : undefined }) : null;
};
