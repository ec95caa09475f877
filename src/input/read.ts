// Input files to source documents: one per text or HTML file, one per line of an NDJSON file.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { SourceDocument } from '../core/document.js';
import { decode, InputError } from './decode.js';
import type { InputItem } from './expand.js';
import { parseNdjsonLine } from './ndjson.js';

export type InputFormat = 'auto' | 'text' | 'html' | 'ndjson';

export type ReadEvent = { kind: 'document'; doc: SourceDocument } | { kind: 'error'; path: string; message: string };

const NDJSON_EXTENSIONS = new Set(['.ndjson', '.jsonl']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);

function isNdjson(file: string, requested: InputFormat): boolean {
  return requested === 'ndjson' || (requested === 'auto' && NDJSON_EXTENSIONS.has(path.extname(file).toLowerCase()));
}

/** HTML by request, by extension, or by a document that starts like a page. */
function kindOf(file: string, requested: InputFormat, content: string): 'text' | 'html' {
  if (requested === 'html') return 'html';
  if (requested === 'text') return 'text';
  if (HTML_EXTENSIONS.has(path.extname(file).toLowerCase())) return 'html';
  return /^\s*(<!doctype html|<html[\s>])/iu.test(content.slice(0, 512)) ? 'html' : 'text';
}

function errorMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (e instanceof InputError) return err.message;
  if (err.code === 'EACCES') return 'Permission denied';
  if (err.code === 'EISDIR') return 'Is a directory';
  if (err.code === 'ENOENT') return 'No such file or directory';
  return err.message ?? String(e);
}

/** Which documents to read, by id (sharding); the rest are skipped unread where possible. */
export type KeepDocument = (id: string) => boolean;

async function* readNdjson(stream: Readable, name: string, keep: KeepDocument): AsyncGenerator<ReadEvent> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    const where = `${name}:${n}`;
    let doc: SourceDocument;
    try {
      doc = parseNdjsonLine(line, where);
    } catch (e) {
      // A line without a usable id is reported by the shard its position falls to.
      if (keep(where)) yield { kind: 'error', path: where, message: errorMessage(e) };
      continue;
    }
    if (keep(doc.id)) yield { kind: 'document', doc };
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const keepAll: KeepDocument = () => true;

export async function* readItem(item: InputItem, format: InputFormat, keep: KeepDocument = keepAll, stdin: Readable = process.stdin): AsyncGenerator<ReadEvent> {
  const name = item.kind === 'stdin' ? '-' : item.path;
  if (item.kind === 'error') {
    if (keep(name)) yield { kind: 'error', path: item.path, message: item.message };
    return;
  }
  try {
    if (isNdjson(name, format)) {
      yield* readNdjson(item.kind === 'stdin' ? stdin : createReadStream(name), name, keep);
      return;
    }
    if (!keep(name)) return;
    const buf = item.kind === 'stdin' ? await readAll(stdin) : await readFile(name);
    const { text } = decode(buf);
    yield { kind: 'document', doc: { id: name, source: name, kind: kindOf(name, format, text), content: text } };
  } catch (e) {
    yield { kind: 'error', path: name, message: errorMessage(e) };
  }
}
