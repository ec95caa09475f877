// Small matchers the rule families share: a month name, a day number, a year.
import { MONTHS, MONTH_ABBREVIATIONS, ORDINAL_SUFFIXES } from '../lexicon.js';
import { parseSpelledYear } from '../numbers.js';
import type { Scan } from '../engine.js';
import type { Token } from '../tokens.js';

export interface Piece { value: number; end: number }

/** A month name at i: "December", "Dec.", "Sept." (an abbreviation needs its dot or a day number). */
export function monthAt(s: Scan, i: number): Piece | null {
  const t = s.at(i);
  if (!t || t.kind !== 'word') return null;
  const m = MONTHS.get(t.lower);
  if (m === undefined || !t.cap) return null;
  const next = s.at(i + 1);
  if (next?.text === '.' && !next.space && MONTH_ABBREVIATIONS.has(t.lower)) return { value: m, end: i + 2 };
  if (MONTH_ABBREVIATIONS.has(t.lower) && next?.kind !== 'num') return null;
  // All-capital abbreviations are acronyms more often than months ("DEC", "MAR").
  if (MONTH_ABBREVIATIONS.has(t.lower) && t.text === t.text.toUpperCase() && t.text.length > 1) return null;
  return { value: m, end: i + 1 };
}

/** A day of the month at i: "7", "7th", "21st". */
export function dayAt(s: Scan, i: number): Piece | null {
  const t = s.at(i);
  if (!dayNumber(t)) return null;
  const suffix = s.at(i + 1);
  if (suffix && !suffix.space && ORDINAL_SUFFIXES.has(suffix.lower)) return { value: t.num, end: i + 2 };
  // "7-year", "7:30", "7.5" are not days; "20-22" (a range of days) is.
  if (suffix && !suffix.space && (suffix.kind === 'word' || suffix.text === '%')) return null;
  if (suffix && !suffix.space && suffix.text === '-' && !isDayNumber(s, i + 2)) return null;
  const after = s.at(i + 2);
  if (suffix?.text === ':' && !suffix.space && after?.kind === 'num' && !after.space) return null;
  return { value: t.num, end: i + 1 };
}

/** A whole number of one or two digits from 1 to 31. */
function dayNumber(t: Token | undefined): t is Token {
  return !!t && t.kind === 'num' && t.digits <= 2 && Number.isInteger(t.num) && t.num >= 1 && t.num <= 31;
}

/** A plain day number glued to the dash before it and not to a word after it. */
function isDayNumber(s: Scan, i: number): boolean {
  const t = s.at(i);
  if (!dayNumber(t) || t.space) return false;
  const after = s.at(i + 1);
  return !after || after.space || (after.kind !== 'word' && after.kind !== 'num' && after.text !== '-');
}

/** A four-digit year (1000..2099) or a spelled one ("nineteen ninety-six") at i. */
export function yearAt(s: Scan, i: number): Piece | null {
  const t = s.at(i);
  if (!t) return null;
  if (t.kind === 'num') {
    if (t.digits !== 4 || !Number.isInteger(t.num) || t.num < 1000 || t.num > 2099) return null;
    const next = s.at(i + 1);
    if (next && !next.space && (next.kind === 'word' || next.kind === 'num')) return null;
    return { value: t.num, end: i + 1 };
  }
  const spelled = parseSpelledYear(s.tokens, i);
  return spelled && spelled.value !== null ? { value: spelled.value, end: spelled.end } : null;
}

/** A year at i, or after a comma there ("March 3, 2024"). */
export function yearAfterComma(s: Scan, i: number): Piece | null {
  return yearAt(s, s.word(i) === ',' ? i + 1 : i);
}

/** A two-digit year after an apostrophe: "'98". */
export function shortYearAt(s: Scan, i: number): Piece | null {
  const a = s.at(i), b = s.at(i + 1);
  if (!a || !b || (a.text !== "'" && a.text !== '’') || b.kind !== 'num' || b.digits !== 2 || b.space) return null;
  return { value: b.num < 30 ? 2000 + b.num : 1900 + b.num, end: i + 2 };
}

/** Words after which a bare month or year reads as a date. */
export const DATE_PREPOSITIONS = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'thru', 'during', 'of', 'early', 'late', 'mid', 'last', 'next',
  'this', 'that', 'before', 'after', 'between', 'and', 'or', 'on', 'at', 'for', 'around', 'throughout', 'into', 'as', 'circa',
]);
