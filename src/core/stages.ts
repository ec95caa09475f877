// The standard pipeline: each stage wraps one annotator behind its own small interface.
import { cleanDocument } from '../clean/index.js';
import { normalizeText } from '../input/normalize.js';
import { findPublishedDate } from '../nlp/dates/dateline.js';
import { findDates } from '../nlp/dates/index.js';
import { findEntities } from '../nlp/entities/index.js';
import { findQuotes } from '../nlp/quotes/index.js';
import { splitSentences } from '../nlp/segment.js';
import type { Document, Layers } from './document.js';
import { type AnalyzeOptions, needsEntities } from './options.js';
import type { NamedStage } from './pipeline.js';

/**
 * The document with some layers replaced. Built field by field in the order newDocument gives them:
 * spreading two objects of varying shapes went through the runtime's slow copy, some µs a call.
 */
function withLayers(doc: Document, layers: Partial<Layers>): Document {
  const l = doc.layers;
  return {
    id: doc.id, source: doc.source, kind: doc.kind, encoding: doc.encoding, raw: doc.raw, meta: doc.meta, text: doc.text,
    layers: {
      sentences: layers.sentences ?? l.sentences,
      mentions: layers.mentions ?? l.mentions,
      entities: layers.entities ?? l.entities,
      dates: layers.dates ?? l.dates,
      quotes: layers.quotes ?? l.quotes,
      removed: layers.removed ?? l.removed,
    },
    warnings: doc.warnings,
  };
}

/** The date relative expressions are resolved against: the article's own, else the user's. */
export function referenceDate(doc: Document, options: AnalyzeOptions): string | null {
  return doc.meta.published?.slice(0, 10) ?? options.referenceDate;
}

/** Line ends, invisible characters and mojibake; only when cleaning (--no-clean keeps the text as given). */
export const normalizeStage: NamedStage = {
  name: 'normalize',
  run: (doc, options) => {
    if (!options.clean) return doc;
    const raw = normalizeText(doc.raw);
    return { ...doc, raw, text: raw };
  },
};

export const cleanStage: NamedStage = { name: 'clean', run: cleanDocument };

export const segmentStage: NamedStage = { name: 'segment', run: (doc) => withLayers(doc, { sentences: splitSentences(doc.text) }) };

export const entitiesStage: NamedStage = {
  name: 'entities',
  run: (doc) => withLayers(doc, findEntities(doc.text, doc.layers.sentences, { agency: doc.meta.dateline?.agency })),
};

/**
 * The article's publication date when no input or page metadata gave one: a date line, byline
 * stamp or dateline at the head of the text (before cleaning, which drops date lines).
 */
export const publishedStage: NamedStage = {
  name: 'published',
  run: (doc) => {
    if (doc.meta.published) return doc;
    const published = findPublishedDate(doc.kind === 'html' ? doc.text : doc.raw);
    return published ? { ...doc, meta: { ...doc.meta, published } } : doc;
  },
};

export const datesStage: NamedStage = {
  name: 'dates',
  run: (doc, options) => withLayers(doc, { dates: findDates(doc.text, doc.layers.sentences, referenceDate(doc, options)) }),
};

export const quotesStage: NamedStage = {
  name: 'quotes',
  run: (doc) => withLayers(doc, { quotes: findQuotes(doc.text, doc.layers.sentences, doc.layers.entities) }),
};

export function stagesFor(options: AnalyzeOptions): NamedStage[] {
  const prepare = [normalizeStage, cleanStage, publishedStage];
  const nlp = [
    ...(needsEntities(options) ? [entitiesStage] : []),
    ...(options.annotate.includes('dates') ? [datesStage] : []),
    ...(options.annotate.includes('quotes') ? [quotesStage] : []),
  ];
  return nlp.length ? [...prepare, segmentStage, ...nlp] : prepare;
}
