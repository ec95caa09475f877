// Input files to source documents: one per text or HTML file, one per line of an NDJSON file.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { SourceDocument } from '../core/document.js';
import { decode, describeError, InputError } from './decode.js';
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

/** Which documents to read, by id (sharding); the rest are skipped unread where possible. */
export type KeepDocument = (id: string) => boolean;

const LINE_END = /\r\n|\n|\r/gu;

/**
 * The lines of a stream (ended by \n, \r\n or \r, as readline splits them), read a chunk at a time
 * as they are consumed: readline's iterator reads up to a thousand lines ahead, which for NDJSON
 * articles is most of a corpus held in memory.
 */
export async function* streamLines(stream: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending: string[] = []; // the start of a line that runs over chunks
  let afterCR = false; // the last chunk ended in \r: a \n opening the next one belongs to it
  const split = function* (text: string): Generator<string> {
    let start = afterCR && text.startsWith('\n') ? 1 : 0;
    afterCR = false;
    LINE_END.lastIndex = start;
    for (let m = LINE_END.exec(text); m; m = LINE_END.exec(text)) {
      pending.push(text.slice(start, m.index));
      yield pending.join('');
      pending = [];
      start = m.index + m[0].length;
      afterCR = m[0] === '\r' && start === text.length;
    }
    if (start < text.length) pending.push(text.slice(start));
  };
  for await (const chunk of stream) yield* split(decoder.write(chunk as Buffer));
  yield* split(decoder.end());
  if (pending.length) yield pending.join('');
}

async function* readNdjson(stream: Readable, name: string, keep: KeepDocument, maxBytes: number): AsyncGenerator<ReadEvent> {
  let n = 0;
  for await (const line of streamLines(stream)) {
    n++;
    if (line.trim() === '') continue;
    const where = `${name}:${n}`;
    let doc: SourceDocument;
    try {
      if (line.length > maxBytes) throw tooLarge(Buffer.byteLength(line), maxBytes);
      doc = parseNdjsonLine(line, where);
    } catch (e) {
      // A line without a usable id is reported by the shard its position falls to.
      if (keep(where)) yield { kind: 'error', path: where, message: describeError(e) };
      continue;
    }
    if (keep(doc.id)) yield { kind: 'document', doc };
  }
}

export interface ReadOptions {
  format: InputFormat;
  /** Which documents to read (sharding). */
  keep: KeepDocument;
  /** Larger files (and NDJSON lines) are refused, so one runaway dump cannot exhaust memory. */
  maxBytes: number;
  stdin: Readable;
}

/** 16 MiB: news articles are rarely over 1 MB; larger files are dumps or archives. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export const defaultReadOptions: ReadOptions = { format: 'auto', keep: () => true, maxBytes: DEFAULT_MAX_BYTES, stdin: process.stdin };

function humanSize(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 ** 2).toFixed(1)} MB`;
}

function tooLarge(bytes: number, max: number): InputError {
  return new InputError(`${humanSize(bytes)}, over the --max-bytes limit of ${humanSize(max)}; skipped`);
}

async function readLimited(stream: Readable, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > max) throw tooLarge(size, max);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function* readItem(item: InputItem, options: Partial<ReadOptions> = {}): AsyncGenerator<ReadEvent> {
  const { format, keep, maxBytes, stdin } = { ...defaultReadOptions, ...options };
  const name = item.kind === 'stdin' ? '-' : item.path;
  if (item.kind === 'error') {
    if (keep(name)) yield { kind: 'error', path: item.path, message: item.message };
    return;
  }
  try {
    if (isNdjson(name, format)) {
      yield* readNdjson(item.kind === 'stdin' ? stdin : createReadStream(name), name, keep, maxBytes);
      return;
    }
    if (!keep(name)) return;
    if (item.kind === 'file') {
      const info = await stat(name);
      if (info.isDirectory()) throw new InputError('Is a directory');
      if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
    }
    const buf = await readLimited(item.kind === 'stdin' ? stdin : createReadStream(name), maxBytes);
    const { text, encoding } = decode(buf);
    yield { kind: 'document', doc: { id: name, source: name, kind: kindOf(name, format, text), content: text, encoding } };
  } catch (e) {
    yield { kind: 'error', path: name, message: describeError(e) };
  }
}
