// The library's entry points: the same records the CLI prints.
import { expandInputs } from '../input/expand.js';
import { readItem, type InputFormat } from '../input/read.js';
import { newDocument, type SourceDocument } from './document.js';
import { resolveOptions, type AnalyzeOptions } from './options.js';
import { runStages, StageError } from './pipeline.js';
import { toAnalysisRecord, type AnalysisRecord } from './record.js';
import { stagesFor } from './stages.js';
import type { Document } from './document.js';

export interface ReadOptions {
  inputFormat: InputFormat;
}

/** One input's outcome, in input order: its analysed document, or why it could not be read. */
export type AnalysisEvent = { kind: 'document'; doc: Document } | { kind: 'error'; path: string; message: string };

export function analyzeDocument(src: SourceDocument, options: AnalyzeOptions): Document {
  return runStages(newDocument(src), stagesFor(options), options);
}

/** Analyse every input the paths name (files, directories, globs, `-`), streaming in input order. */
export async function* analyzeDocuments(paths: readonly string[], options: Partial<AnalyzeOptions & ReadOptions> = {}): AsyncGenerator<AnalysisEvent> {
  const resolved = resolveOptions(options);
  const inputFormat = options.inputFormat ?? 'auto';
  for await (const item of expandInputs(paths)) {
    for await (const event of readItem(item, inputFormat)) {
      if (event.kind === 'error') {
        yield event;
        continue;
      }
      let doc: Document;
      try {
        doc = analyzeDocument(event.doc, resolved);
      } catch (e) {
        if (!(e instanceof StageError)) throw e;
        yield { kind: 'error', path: event.doc.source, message: e.message };
        continue;
      }
      yield { kind: 'document', doc };
    }
  }
}

/** Analyse files, directories or globs; errors are returned in place of the unreadable documents. */
export async function* analyze(
  paths: readonly string[],
  options: Partial<AnalyzeOptions & ReadOptions> = {},
): AsyncGenerator<{ kind: 'record'; record: AnalysisRecord } | { kind: 'error'; path: string; message: string }> {
  for await (const event of analyzeDocuments(paths, options)) {
    yield event.kind === 'error' ? event : { kind: 'record', record: toAnalysisRecord(event.doc) };
  }
}

/** Analyse one article given as a string. */
export function analyzeText(text: string, options: Partial<AnalyzeOptions> & { id?: string; published?: string; title?: string; html?: boolean } = {}): AnalysisRecord {
  const { id = 'text', published = null, title = null, ...rest } = options;
  const resolved = resolveOptions(rest);
  const src: SourceDocument = { id, source: id, kind: resolved.html ? 'html' : 'text', content: text, published, title };
  return toAnalysisRecord(analyzeDocument(src, resolved));
}
