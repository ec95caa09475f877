// The loop every command shares: analyse the inputs in order, report unreadable ones on stderr,
// hand each document's rows to the sink, and work out the exit status.
import { analyzeDocuments } from '../core/analyze.js';
import type { Document } from '../core/document.js';
import type { AnalyzeOptions } from '../core/options.js';
import type { InputFormat } from '../input/read.js';
import { chalkFor, message, Output, terminalWidth } from './output.js';
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

export async function runCommand<R>(
  paths: readonly string[],
  options: AnalyzeOptions & { inputFormat: InputFormat },
  format: Format,
  plan: CommandPlan<R>,
): Promise<number> {
  const out = new Output();
  const sink = makeSink(out, { ...plan, format, chalk: chalkFor(process.stdout), width: terminalWidth(process.stdout) });
  let errors = 0;
  let results = 0;
  for await (const event of analyzeDocuments(paths, options)) {
    if (event.kind === 'error') {
      errors++;
      message(event.path, event.message);
      continue;
    }
    const { doc } = event;
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
