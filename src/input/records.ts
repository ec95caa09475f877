// Reading analysis records back (the NDJSON `copydesk analyze` prints), for `copydesk merge`.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { emptyLayers, emptyMeta, type Document } from '../core/document.js';
import type { AnalysisRecord } from '../core/record.js';
import { splitSentences } from '../nlp/segment.js';
import { describeError, InputError } from './decode.js';

export type RecordEvent = { kind: 'record'; record: AnalysisRecord } | { kind: 'error'; path: string; message: string };

function asRecord(line: string): AnalysisRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new InputError(`invalid JSON: ${(e as Error).message}`);
  }
  const r = value as Partial<AnalysisRecord> | null;
  if (!r || typeof r !== 'object' || typeof r.id !== 'string' || typeof r.text !== 'string' || !Array.isArray(r.entities) || !Array.isArray(r.dates) || !Array.isArray(r.quotes)) {
    throw new InputError('not an analysis record (expected id, text, entities, dates and quotes)');
  }
  return r as AnalysisRecord;
}

export async function* readRecords(paths: readonly string[]): AsyncGenerator<RecordEvent> {
  for (const path of paths) {
    const stream = path === '-' ? process.stdin : createReadStream(path);
    let n = 0;
    try {
      for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
        n++;
        if (line.trim() === '') continue;
        try {
          yield { kind: 'record', record: asRecord(line) };
        } catch (e) {
          yield { kind: 'error', path: `${path}:${n}`, message: (e as Error).message };
        }
      }
    } catch (e) {
      yield { kind: 'error', path, message: describeError(e) };
    }
  }
}

/** A record as a Document again (sentences recomputed), so the per-document rows apply to it. */
export function recordToDocument(record: AnalysisRecord): Document {
  const meta = { ...emptyMeta(), title: record.title ?? null, published: record.published ?? null };
  const layers = { ...emptyLayers(), sentences: splitSentences(record.text), entities: record.entities, dates: record.dates, quotes: record.quotes };
  return { id: record.id, source: record.source ?? record.id, kind: 'text', encoding: null, raw: record.text, meta, text: record.text, layers, warnings: [] };
}
