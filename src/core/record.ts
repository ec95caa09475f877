// The analysis record: the public shape of an analysed document (../shared/eval/CONTRACT.md).
import type { DateMention, Document, DocumentMeta, Entity, Quote, Removed } from './document.js';

/** A document's metadata and cleaned text, without the NLP layers (`copydesk clean`). */
export interface CleanRecord extends DocumentMeta {
  id: string;
  source: string;
  text: string;
  removed: Removed[];
  warnings: string[];
}

export interface AnalysisRecord extends CleanRecord {
  entities: Entity[];
  dates: DateMention[];
  quotes: Quote[];
}

export function toCleanRecord(doc: Document): CleanRecord {
  return { id: doc.id, source: doc.source, ...doc.meta, text: doc.text, removed: doc.layers.removed, warnings: doc.warnings };
}

export function toAnalysisRecord(doc: Document): AnalysisRecord {
  return { ...toCleanRecord(doc), entities: doc.layers.entities, dates: doc.layers.dates, quotes: doc.layers.quotes };
}
