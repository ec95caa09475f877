// Runs the quotation stage the way the pipeline does (segmenter first) and checks the span invariant
// on every quote, cue and speaker it returns.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Entity, Quote } from '../../../src/core/document.js';
import { findQuotes } from '../../../src/nlp/quotes/index.js';
import { splitSentences } from '../../../src/nlp/segment.js';
import { FIXTURES } from '../../helpers.js';

export function quotes(text: string, entities: Entity[] = []): Quote[] {
  const found = findQuotes(text, splitSentences(text), entities);
  for (const q of found) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    for (const span of [q.cue, q.speaker]) if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
  }
  return found;
}

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, 'quotes', name), 'utf8');
}

/** An entity whose mentions are every occurrence of the given surface forms. */
export function entity(text: string, id: string, name: string, type: string, forms: string[]): Entity {
  const mentions = forms.flatMap((form) => {
    const out = [];
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) out.push({ text: form, start: i, end: i + form.length });
    return out;
  }).sort((a, b) => a.start - b.start);
  return { id, name, type, mentions, aliases: forms.filter((f) => f !== name) };
}

/** The quote whose content contains `words`. */
export function quoteWith(found: Quote[], words: string): Quote | undefined {
  return found.find((q) => q.text.includes(words));
}
