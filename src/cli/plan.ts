// What a command prints, as a plan, and each document's part of it. The part (`DocumentOutput`) is
// made on the thread that analysed the document, a worker with --jobs > 1: there the plan's pure
// per-document steps run (its rows, rendered; an aggregate's share), so only that part crosses back
// to the main thread, which writes it in input order and folds the shares.
import type { Document } from '../core/document.js';
import { makeNamed, type Projector } from '../core/projection.js';
import { rowRenderer, type Format, type Rendered, type RowFormat } from './sink.js';

export interface CommandPlan<R, S = never> extends Omit<RowFormat<R>, 'format'> {
  /** Rows to print as each document finishes (streamed in input order). */
  perDocument?: (doc: Document) => readonly R[];
  /** An aggregate over all documents: each one's share, folded in input order on the main thread. */
  aggregate?: { share: (doc: Document) => S; add: (share: S) => void };
  /** Rows to print after the last document (aggregates). */
  atEnd?: () => readonly R[];
  /** Each document's rows form their own table (headed by the document id). */
  groupByDocument?: boolean;
}

/**
 * A command's plan by name, so that a worker can build the same plan: the export `name` of the
 * module at URL `module`, called with `args` (plain data: flags, the format).
 */
export interface PlanRef {
  module: string;
  name: string;
  args: unknown;
}

export interface DocumentOutput {
  /** How many result rows the document gave (the exit status counts them). */
  count: number;
  /** Those rows in the run's format; null when there are none. */
  rendered: Rendered | null;
  /** The document's share of the plan's aggregate, when it has one. */
  share?: unknown;
}

// Plans hold no state a run shares across threads except an aggregate's, which only the main
// thread's copy uses, so each thread builds its own.
export function loadPlan(ref: PlanRef): Promise<CommandPlan<unknown, unknown>> {
  return makeNamed<CommandPlan<unknown, unknown>>(ref);
}

export function outputOf<R, S>(plan: CommandPlan<R, S>, format: Format): Projector<DocumentOutput> {
  const render = rowRenderer({ ...plan, format });
  return (doc) => {
    const rows = plan.perDocument?.(doc) ?? [];
    const output: DocumentOutput = { count: rows.length, rendered: rows.length ? render(rows) : null };
    if (plan.aggregate) output.share = plan.aggregate.share(doc);
    return output;
  };
}

/** The projection a run of `plan` hands the workers (see ProjectionRef). */
export async function planOutput({ plan, format }: { plan: PlanRef; format: Format }): Promise<Projector<DocumentOutput>> {
  return outputOf(await loadPlan(plan), format);
}
