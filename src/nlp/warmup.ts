// Warm-ups: short texts of our own run through the rarer branches of the tokenizer, the date rules
// and the quotation rules before a worker's first document, so TurboFan optimises them with feedback
// from those branches instead of compiling them again when a document first takes one, in every
// worker (compiles a worker pays on its own core). A one-thread run skips them: its compiler has an
// idle core, and a run of a few files would only wait for them (~40 ms of start-up).
import type { Annotation } from '../core/options.js';
import { warmUpDates } from './dates/index.js';
import { warmUpQuotes } from './quotes/index.js';
import { warmUpTokenizer } from './tokenize.js';

/** The warm-ups of the stages a run's annotations use (the tokenizer is the entity features'). */
export function warmUpPipeline(annotate: readonly Annotation[]): void {
  if (annotate.includes('entities')) warmUpTokenizer();
  if (annotate.includes('dates')) warmUpDates();
  if (annotate.includes('quotes')) warmUpQuotes();
}
