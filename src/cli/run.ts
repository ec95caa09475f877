// The loop every command shares: analyse the inputs in order, report unreadable ones on stderr,
// hand each document's rows to the sink, and work out the exit status.
import type { Document } from '../core/document.js';
import type { AnalysisEvent, RunOptions } from '../core/analyze.js';
import type { AnalyzeOptions } from '../core/options.js';
import { chalkFor, message, Output, setMessageWriter, terminalWidth } from './output.js';
import { createProgress, type Progress } from './progress.js';
import { makeSink, type Format, type SinkOptions } from './sink.js';

export const EXIT_OK = 0;
export const EXIT_NOTHING = 1;
export const EXIT_ERROR = 2;

export interface CommandPlan<R> extends Omit<SinkOptions<R>, 'format' | 'chalk' | 'width'> {
  /** Rows to print as each document finishes (streamed in input order). */
  perDocument?: (doc: Document) => readonly R[];
  /** Rows to print after the last document (aggregates). */
  atEnd?: () => readonly R[];
  /** Each document's rows form their own table (headed by the document id). */
  groupByDocument?: boolean;
}

/** The analysed documents of the inputs, in order. */
export async function* analyzed(paths: readonly string[], options: AnalyzeOptions & Omit<RunOptions, 'onInput'>): AsyncGenerator<AnalysisEvent> {
  // Loaded here, not at start-up, so --help and usage errors do not pay for the NLP models.
  const { analyzeDocuments } = await import('../core/analyze.js');
  yield* analyzeDocuments(paths, { ...options, onInput: () => progress?.found() });
}

// The bar of the run under way, fed by the input walk and the result loop.
let progress: Progress | null = null;

export async function runCommand<R>(events: AsyncIterable<AnalysisEvent>, format: Format, plan: CommandPlan<R>, options: { verbose?: boolean } = {}): Promise<number> {
  progress = createProgress();
  const restore = setMessageWriter(progress.log);
  try {
    return await loop(events, format, plan, options);
  } finally {
    progress.stop();
    setMessageWriter(restore);
    progress = null;
  }
}

async function loop<R>(events: AsyncIterable<AnalysisEvent>, format: Format, plan: CommandPlan<R>, options: { verbose?: boolean }): Promise<number> {
  const out = new Output();
  const chalk = format === 'table' ? await chalkFor(process.stdout) : null;
  const sink = makeSink(out, { ...plan, format, chalk, width: terminalWidth(process.stdout) });
  let errors = 0;
  let results = 0;
  for await (const event of events) {
    progress?.done();
    if (event.kind === 'error') {
      errors++;
      message(event.path, event.message);
      continue;
    }
    const { doc } = event;
    if (options.verbose && doc.encoding && doc.encoding !== 'utf-8') message(doc.source, `decoded as ${doc.encoding}`);
    for (const w of doc.warnings) message(doc.source, `warning: ${w}`);
    const rows = plan.perDocument?.(doc) ?? [];
    results += rows.length;
    if (rows.length) await sink.rows(rows);
    if (plan.groupByDocument) await sink.group(doc.id);
  }
  const final = plan.atEnd?.() ?? [];
  results += final.length;
  if (final.length) await sink.rows(final);
  await sink.end();
  return errors ? EXIT_ERROR : results ? EXIT_OK : EXIT_NOTHING;
}
