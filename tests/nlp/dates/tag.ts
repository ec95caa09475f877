// Test helper: run the date stage the way the pipeline does, with a fixed reference date.
import { findDates } from '../../../src/nlp/dates/index.js';
import { splitSentences } from '../../../src/nlp/segment.js';

/** Friday 22 March 2013, ISO week 2013-W12. */
export const REF = '2013-03-22';

export type Row = [text: string, type: string, value: string];

export function tag(text: string, ref: string | null = REF): Row[] {
  return findDates(text, splitSentences(text), ref).map((d) => [d.text, d.type, d.value]);
}

/** The one expression found in `text` (fails the test when there are none or several). */
export function one(text: string, ref: string | null = REF): Row {
  const rows = tag(text, ref);
  if (rows.length !== 1) throw new Error(`expected one date in ${JSON.stringify(text)}, got ${JSON.stringify(rows)}`);
  return rows[0]!;
}
