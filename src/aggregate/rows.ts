// Per-document result rows for `dates` and `quotes`, and summaries for `analyze` and `entities --per-doc`.
import type { Document, Span } from '../core/document.js';
import { wordCount } from '../core/words.js';
import type { AggregatedEntity } from './entities.js';

export interface DateRow {
  document: string;
  text: string;
  type: string;
  value: string;
  start: number;
  end: number;
  sentence: string;
}

export interface QuoteRow {
  document: string;
  speaker: string | null;
  entity: string | null;
  kind: string;
  cue: string | null;
  text: string;
  start: number;
  end: number;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  published: string | null;
  words: number;
  entities: number;
  dates: number;
  quotes: number;
}

/** The sentence that holds `pos` (sentences are sorted and disjoint). */
function sentenceAt(sentences: readonly Span[], pos: number): Span | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

export function dateRows(doc: Document): DateRow[] {
  return doc.layers.dates.map((d) => {
    const s = sentenceAt(doc.layers.sentences, d.start);
    return { document: doc.id, text: d.text, type: d.type, value: d.value, start: d.start, end: d.end, sentence: s ? doc.text.slice(s.start, s.end) : d.text };
  });
}

export function quoteRows(doc: Document): QuoteRow[] {
  return doc.layers.quotes.map((q) => ({
    document: doc.id,
    speaker: q.speaker?.name ?? q.speaker?.text ?? null,
    entity: q.speaker?.entity ?? null,
    kind: q.kind,
    cue: q.cue?.text ?? null,
    text: q.text,
    start: q.start,
    end: q.end,
  }));
}

export function summarize(doc: Document): DocumentSummary {
  const { layers } = doc;
  return { id: doc.id, title: doc.meta.title, published: doc.meta.published, words: wordCount(doc.text), entities: layers.entities.length, dates: layers.dates.length, quotes: layers.quotes.length };
}

/** The entities of one document as aggregate rows (for `entities --per-doc`). */
export function documentEntities(doc: Document): (AggregatedEntity & { document: string })[] {
  return doc.layers.entities
    .map((e) => ({ document: doc.id, name: e.name, type: e.type, mentions: e.mentions.length, documents: 1, aliases: e.aliases }))
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}
