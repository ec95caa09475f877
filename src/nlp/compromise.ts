// One shared compromise instance (with the dates plugin) and the conversion of its matches to spans.
import base from 'compromise';
import datesPlugin, { type DatesMethods } from 'compromise-dates';
import type { TextSpan } from '../core/document.js';

base.plugin(datesPlugin);

type View = ReturnType<typeof base>;
/** compromise with the dates plugin's methods on every view. */
export const nlp = base as unknown as (text: string) => View & DatesMethods;

interface OffsetJson {
  offset?: { start: number; length: number };
}

const ABBREVIATION_END = /(?:\b(?:Corp|Inc|Co|Ltd|Jr|Sr|Bros)|\p{Lu}\.\p{Lu})$/u;
const EDGE_JUNK = /[\s.,;:!?"“”'‘’()[\]«»—–-]/u;

/** The span of one compromise match, trimmed of the punctuation compromise keeps on its terms. */
export function spanFromOffset(text: string, offset: OffsetJson['offset']): TextSpan | null {
  if (!offset) return null;
  let start = offset.start;
  // compromise can report a match running past the end of the text.
  let end = Math.min(start + offset.length, text.length);
  while (start < end && EDGE_JUNK.test(text[start]!)) start++;
  while (end > start && EDGE_JUNK.test(text[end - 1]!)) end--;
  // Keep a closing period that belongs to an abbreviation ("Corp.", "U.S.").
  if (text[end] === '.' && ABBREVIATION_END.test(text.slice(start, end))) end++;
  return end > start ? { text: text.slice(start, end), start, end } : null;
}

/** Spans of a compromise view's matches. */
export function matchSpans(text: string, view: { json(opts: object): unknown[] }): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const m of view.json({ offset: true, terms: false }) as OffsetJson[]) {
    const span = spanFromOffset(text, m.offset);
    if (span) spans.push(span);
  }
  return spans;
}
