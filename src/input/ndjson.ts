// One NDJSON line to a source document (../shared/eval/CONTRACT.md, "Input").
import type { SourceDocument } from '../core/document.js';
import { InputError } from './decode.js';

export function parseNdjsonLine(line: string, source: string): SourceDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new InputError(`invalid JSON: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError('expected a JSON object');
  const o = value as Record<string, unknown>;
  if (typeof o.id !== 'string' || o.id === '') throw new InputError('missing "id" (a non-empty string)');
  const hasText = typeof o.text === 'string';
  const hasHtml = typeof o.html === 'string';
  if (hasText === hasHtml) throw new InputError('expected exactly one of "text" or "html" (a string)');
  for (const key of ['published', 'title'] as const) {
    if (o[key] != null && typeof o[key] !== 'string') throw new InputError(`"${key}" must be a string`);
  }
  return {
    id: o.id,
    source,
    kind: hasHtml ? 'html' : 'text',
    content: (hasHtml ? o.html : o.text) as string,
    published: (o.published as string | undefined) ?? null,
    title: (o.title as string | undefined) ?? null,
  };
}
