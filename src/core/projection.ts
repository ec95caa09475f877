// Projections: what a caller keeps of each analysed document, computed where the document was
// analysed. On workers that spares this thread the copy of every span layer, and the work of
// reading it back, when the caller only needs a few fields or its finished output.
import type { AnalysisEvent, ErrorEvent } from './analyze.js';
import type { Document } from './document.js';

export type Projector<P> = (doc: Document) => P;

/**
 * Names a projector so that a worker can build its own: the export `name` of the module at URL
 * `module`, called with `args` (which must survive a structured clone), returns it.
 */
export interface ProjectionRef {
  module: string;
  name: string;
  args?: unknown;
}

/** What a run reports about a document besides its projection (messages, table titles). */
export type DocumentNote = Pick<Document, 'id' | 'source' | 'encoding' | 'warnings'>;

/** One input's outcome, in input order: its document's projection, or why it could not be read. */
export type ProjectedEvent<P> = { kind: 'result'; doc: DocumentNote; value: P } | ErrorEvent;

/** What the export `ref.name` of the module at URL `ref.module` makes of `ref.args`. */
export async function makeNamed<T>(ref: { module: string; name: string; args?: unknown }): Promise<T> {
  const module = (await import(ref.module)) as Record<string, unknown>;
  const make = module[ref.name];
  if (typeof make !== 'function') throw new Error(`${ref.module} has no export ${ref.name}`);
  return (await (make as (args: unknown) => T | Promise<T>)(ref.args));
}

export function loadProjector<P>(ref: ProjectionRef): Promise<Projector<P>> {
  return makeNamed<Projector<P>>(ref);
}

export function projectEvent<P>(event: AnalysisEvent, project: Projector<P>): ProjectedEvent<P> {
  if (event.kind === 'error') return event;
  const { doc } = event;
  return { kind: 'result', doc: { id: doc.id, source: doc.source, encoding: doc.encoding, warnings: doc.warnings }, value: project(doc) };
}
