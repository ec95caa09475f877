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

export async function loadProjector<P>(ref: ProjectionRef): Promise<Projector<P>> {
  const module = (await import(ref.module)) as Record<string, (args: unknown) => Projector<P> | Promise<Projector<P>>>;
  const make = module[ref.name];
  if (typeof make !== 'function') throw new Error(`${ref.module} has no projection ${ref.name}`);
  return make(ref.args);
}

export function projectEvent<P>(event: AnalysisEvent, project: Projector<P>): ProjectedEvent<P> {
  if (event.kind === 'error') return event;
  const { doc } = event;
  return { kind: 'result', doc: { id: doc.id, source: doc.source, encoding: doc.encoding, warnings: doc.warnings }, value: project(doc) };
}
