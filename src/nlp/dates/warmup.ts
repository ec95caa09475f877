// A short text of our own that passes through the rarer branches of the date rules and the engine.
// Run once per thread before the first document, it gives them the type feedback V8 optimises on:
// without it, a branch first met after optimisation (a clock time with no date, "2 1/2 years", a
// name with an accented capital, "that year" after a full date) sent its function back to the
// interpreter to be compiled again, in every worker.
import { splitSentences } from '../segment.js';
import type { Engine } from './engine.js';
import { parseReference } from './calendar.js';

const TEXT = `Éric Okafor said at 10 p.m. that the pier, closed since Christmas Day 2012, had lost money for 2 1/2 years.
Earlier Friday, the board said the third quarter of 1990 was flat; that year, sales fell, and the following day they rose.
Two hundred years ago, 1.5 quarters, twenty-four hours later, one and a half days, this year's first half, the year-ago period.
The talks resume next week at 10:35 a.m. EST on Wednesday, Dec. 15, and run until the 1990s... "In the '80s," he said, "the nineties."
Sales rose 5% in fiscal 1989 and 3,000 workers left in mid-2011; Easter and Thanksgiving Day follow, every three months, twice a year.
In June 1998 the 3rd quarter closed; that same month, late Monday, prices fell and rose again on May 4, 1999 and the same day.
The deal had been due to expire Friday and had been scheduled for Monday; they were planning to vote Tuesday, and they plan to meet on Dec 15.
''We leave Tuesday,'' she said, in nineteen ninety-six. More than 20 years ago, about three weeks later, for five years, a decade and $5 million a year.
On May 4, 1999 the board met; the following month it sold, and next to the pier, he'll go on Valentine's Day or Valentine Day, not DEC 12.
The vote is set for Tuesday and slated to end Friday; the panel is to meet Monday, the year 1990 ended and the last century too, à la carte in Zürich. Ends at 7`;

let warmed = false;

/** Once per thread, before the first document. */
export function warmUp(engine: Engine): void {
  if (warmed) return;
  warmed = true;
  const sentences = splitSentences(TEXT);
  for (const ref of ['2013-03-22', null, '2013-03-22']) engine.run(TEXT, sentences, parseReference(ref));
}
