// The loop every command shares: analyse the inputs in order, report unreadable ones on stderr,
// write each document's part of the output (made where it was analysed, see plan.ts), and work out
// the exit status.
import type { AnalysisEvent, RunOptions } from '../core/analyze.js';
import type { AnalyzeOptions } from '../core/options.js';
import { projectEvent, type ProjectedEvent, type ProjectionRef } from '../core/projection.js';
import { chalkFor, message, Output, setMessageWriter, terminalWidth } from './output.js';
import { loadPlan, outputOf, type CommandPlan, type DocumentOutput, type PlanRef } from './plan.js';
import { createProgress, type Progress } from './progress.js';
import { makeSink, rowRenderer, type Format } from './sink.js';

export const EXIT_OK = 0;
export const EXIT_NOTHING = 1;
export const EXIT_ERROR = 2;

export type OutputEvent = ProjectedEvent<DocumentOutput>;

/** Analyse the inputs and print what the plan makes of them; resolves to the exit status. */
export async function runPlan(
  paths: readonly string[],
  options: AnalyzeOptions & Omit<RunOptions, 'onInput'>,
  format: Format,
  plan: PlanRef,
  flags: { verbose?: boolean } = {},
): Promise<number> {
  return runCommand(analyzed(paths, options, plan, format), format, await loadPlan(plan), flags);
}

/** Each input's part of the output, in order. */
async function* analyzed(paths: readonly string[], options: AnalyzeOptions & Omit<RunOptions, 'onInput'>, plan: PlanRef, format: Format): AsyncGenerator<OutputEvent> {
  // Loaded here, not at start-up, so --help and usage errors do not pay for the NLP models.
  const { analyzeProjected } = await import('../core/analyze.js');
  const projection: ProjectionRef = { module: new URL('./plan.js', import.meta.url).href, name: 'planOutput', args: { plan, format } };
  yield* analyzeProjected<DocumentOutput>(paths, projection, { ...options, onInput: () => progress?.found() });
}

/** Documents at hand on this thread (`merge` rebuilds them from records) through the plan. */
export async function* throughPlan<R, S>(events: AsyncIterable<AnalysisEvent>, plan: CommandPlan<R, S>, format: Format): AsyncGenerator<OutputEvent> {
  const project = outputOf(plan, format);
  for await (const event of events) yield projectEvent(event, project);
}

// The bar of the run under way, fed by the input walk and the result loop.
let progress: Progress | null = null;

export async function runCommand<R, S>(events: AsyncIterable<OutputEvent>, format: Format, plan: CommandPlan<R, S>, options: { verbose?: boolean } = {}): Promise<number> {
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

async function loop<R, S>(events: AsyncIterable<OutputEvent>, format: Format, plan: CommandPlan<R, S>, options: { verbose?: boolean }): Promise<number> {
  const out = new Output();
  const chalk = format === 'table' ? await chalkFor(process.stdout) : null;
  const sink = makeSink(out, { columns: plan.columns, format, chalk, width: terminalWidth(process.stdout) });
  let errors = 0;
  let results = 0;
  for await (const event of events) {
    progress?.done();
    if (event.kind === 'error') {
      errors++;
      message(event.path, event.message);
      continue;
    }
    const { doc, value } = event;
    if (options.verbose && doc.encoding && doc.encoding !== 'utf-8') message(doc.source, `decoded as ${doc.encoding}`);
    for (const w of doc.warnings) message(doc.source, `warning: ${w}`);
    results += value.count;
    if (value.rendered) await sink.write(value.rendered);
    if (plan.aggregate) plan.aggregate.add(value.share as S);
    if (plan.groupByDocument) await sink.group(doc.id);
  }
  const final = plan.atEnd?.() ?? [];
  results += final.length;
  if (final.length) await sink.write(rowRenderer({ ...plan, format })(final));
  await sink.end();
  return errors ? EXIT_ERROR : results ? EXIT_OK : EXIT_NOTHING;
}
