// The analysis record: the public shape of an analysed document (../shared/eval/CONTRACT.md).
import type { DateMention, Dateline, Document, Entity, Quote, Removed } from './document.js';

export interface CleanRecord {
  id: string;
  source: string;
  title: string | null;
  published: string | null;
  authors: string[];
  editors: string[];
  dateline: Dateline | null;
  section: string | null;
  url: string | null;
  site: string | null;
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
  const { meta } = doc;
  return {
    id: doc.id,
    source: doc.source,
    title: meta.title,
    published: meta.published,
    authors: meta.authors,
    editors: meta.editors,
    dateline: meta.dateline,
    section: meta.section,
    url: meta.url,
    site: meta.site,
    text: doc.text,
    removed: doc.layers.removed,
    warnings: doc.warnings,
  };
}

export function toAnalysisRecord(doc: Document): AnalysisRecord {
  return { ...toCleanRecord(doc), entities: doc.layers.entities, dates: doc.layers.dates, quotes: doc.layers.quotes };
}
