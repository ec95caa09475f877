// The library's entry points: the same records the CLI prints.
import { expandInputs } from '../input/expand.js';
import { DEFAULT_MAX_BYTES, readItem, type InputFormat, type ReadEvent } from '../input/read.js';
import { newDocument, type Document, type SourceDocument } from './document.js';
import { resolveOptions, type AnalyzeOptions } from './options.js';
import { runStages, StageError } from './pipeline.js';
import { loadProjector, projectEvent, type ProjectedEvent, type ProjectionRef } from './projection.js';
import { toAnalysisRecord, type AnalysisRecord } from './record.js';
import { inShard, type Shard } from './shard.js';
import { stagesFor } from './stages.js';

export interface RunOptions {
  inputFormat: InputFormat;
  /** Worker threads; 1 analyses in this thread. */
  jobs: number;
  /** Only the documents of this share of the inputs (`--shard K/N`). */
  shard: Shard | null;
  /** Files and NDJSON lines larger than this are refused. */
  maxBytes: number;
  /** Called for each input found (a file, a glob match, stdin), e.g. to size a progress bar. */
  onInput?: () => void;
}

export type ErrorEvent = { kind: 'error'; path: string; message: string };
/** One input's outcome, in input order: its analysed document, or why it could not be read. */
export type AnalysisEvent = { kind: 'document'; doc: Document } | ErrorEvent;

export function analyzeDocument(src: SourceDocument, options: AnalyzeOptions): Document {
  return runStages(newDocument(src), stagesFor(options), options);
}

/** One source document through the pipeline; a stage that throws costs this document only. */
export function analyzeSource(src: SourceDocument, options: AnalyzeOptions): AnalysisEvent {
  try {
    return { kind: 'document', doc: analyzeDocument(src, options) };
  } catch (e) {
    if (!(e instanceof StageError)) throw e;
    return { kind: 'error', path: src.source, message: e.message };
  }
}

/** The source documents the paths name (files, directories, globs, `-`), in input order. */
export async function* readSources(paths: readonly string[], options: Partial<RunOptions> = {}): AsyncGenerator<ReadEvent> {
  const shard = options.shard ?? null;
  const keep = shard ? (id: string) => inShard(id, shard) : undefined;
  const read = { format: options.inputFormat ?? 'auto', maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, ...(keep && { keep }) };
  for await (const item of expandInputs(paths)) {
    options.onInput?.();
    yield* readItem(item, read);
  }
}

/** Analyse every input the paths name, streaming documents (or errors) in input order. */
export async function* analyzeDocuments(paths: readonly string[], options: Partial<AnalyzeOptions & RunOptions> = {}): AsyncGenerator<AnalysisEvent> {
  const resolved = resolveOptions(options);
  const sources = readSources(paths, options);
  if ((options.jobs ?? 1) > 1) {
    const { analyzeInPool } = await import('./pool.js');
    yield* analyzeInPool(sources, options.jobs!, resolved);
    return;
  }
  for await (const event of sources) yield event.kind === 'error' ? event : analyzeSource(event.doc, resolved);
}

/**
 * Like analyzeDocuments, but each document is projected (`projection`) where it was analysed, so with
 * worker threads only the projection crosses back to this thread.
 */
export async function* analyzeProjected<P>(
  paths: readonly string[],
  projection: ProjectionRef,
  options: Partial<AnalyzeOptions & RunOptions> = {},
): AsyncGenerator<ProjectedEvent<P>> {
  const resolved = resolveOptions(options);
  const sources = readSources(paths, options);
  if ((options.jobs ?? 1) > 1) {
    const { analyzeInPool } = await import('./pool.js');
    yield* analyzeInPool<P>(sources, options.jobs!, resolved, projection);
    return;
  }
  const project = await loadProjector<P>(projection);
  for await (const event of sources) yield event.kind === 'error' ? event : projectEvent(analyzeSource(event.doc, resolved), project);
}

/** Analyse files, directories or globs; errors are returned in place of the unreadable documents. */
export async function* analyze(
  paths: readonly string[],
  options: Partial<AnalyzeOptions & RunOptions> = {},
): AsyncGenerator<{ kind: 'record'; record: AnalysisRecord } | ErrorEvent> {
  for await (const event of analyzeDocuments(paths, options)) {
    yield event.kind === 'error' ? event : { kind: 'record', record: toAnalysisRecord(event.doc) };
  }
}

/** Analyse one article given as a string. */
export function analyzeText(text: string, options: Partial<AnalyzeOptions> & { id?: string; published?: string; title?: string } = {}): AnalysisRecord {
  const { id = 'text', published = null, title = null, ...rest } = options;
  const resolved = resolveOptions(rest);
  const src: SourceDocument = { id, source: id, kind: resolved.html ? 'html' : 'text', content: text, published, title };
  return toAnalysisRecord(analyzeDocument(src, resolved));
}
