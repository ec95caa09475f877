// Date stage: temporal expressions with TIMEX3 type and value, resolved against a reference date.
// First version: compromise-dates, its resolved ranges turned into TIMEX3 values by their unit.
import type { DateMention, Span } from '../../core/document.js';
import { nlp, spanFromOffset } from '../compromise.js';

interface CompromiseDate {
  offset?: { start: number; length: number };
  dates?: { start?: string; unit?: string };
  duration?: Record<string, number>;
}

const DURATION_CODES: Record<string, string> = { year: 'Y', month: 'M', week: 'W', day: 'D' };
const TIME_CODES: Record<string, string> = { hour: 'H', minute: 'M', second: 'S' };

function valueOf(date: CompromiseDate['dates']): string | null {
  const iso = date?.start;
  if (!iso) return null;
  switch (date.unit) {
    case 'year': return iso.slice(0, 4);
    case 'month': return iso.slice(0, 7);
    case 'decade': return `${iso.slice(0, 3)}X`;
    case 'century': return `${iso.slice(0, 2)}XX`;
    case 'hour': case 'minute': return iso.slice(0, 16);
    default: return iso.slice(0, 10);
  }
}

function durationValue(d: Record<string, number> | undefined): string | null {
  if (!d) return null;
  let date = '';
  let time = '';
  for (const [unit, n] of Object.entries(d)) {
    if (!n) continue;
    if (DURATION_CODES[unit]) date += `${n}${DURATION_CODES[unit]}`;
    else if (TIME_CODES[unit]) time += `${n}${TIME_CODES[unit]}`;
  }
  if (!date && !time) return null;
  return `P${date}${time ? `T${time}` : ''}`;
}

export function findDates(text: string, _sentences: readonly Span[], reference: string | null): DateMention[] {
  const doc = nlp(text);
  const out: DateMention[] = [];
  const today = reference ?? undefined;
  const dates = doc.dates({ today }) as unknown as { json(o: object): CompromiseDate[] };
  for (const d of dates.json({ offset: true, terms: false })) {
    const span = spanFromOffset(text, d.offset);
    const value = valueOf(d.dates);
    if (span && value) out.push({ ...span, type: 'date', value });
  }
  const durations = doc.durations() as unknown as { json(o: object): CompromiseDate[] };
  for (const d of durations.json({ offset: true, terms: false })) {
    const span = spanFromOffset(text, d.offset);
    const value = durationValue(d.duration);
    if (span && value && !out.some((o) => o.start < span.end && span.start < o.end)) out.push({ ...span, type: 'duration', value });
  }
  return out.sort((a, b) => a.start - b.start);
}
