// The one document model every stage reads and writes. Every span is {start, end} into `text`
// in JS string units (UTF-16 code units), end exclusive: text.slice(start, end) === span.text.

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

/** `person`, `organization`, `place`, or a finer type (`nationality`, `event`, `misc`, ...). */
export type EntityType = string;

/** One occurrence of a name in the text, before mentions are merged into entities. */
export interface Mention extends TextSpan {
  type: EntityType;
}

/** Mentions of one real-world thing in a document, merged under a canonical name. */
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  mentions: TextSpan[];
  /** Distinct surface forms other than `name`. */
  aliases: string[];
  /** A title seen before the name ("President", "Dr."), not part of the name. */
  role?: string;
  /** 0..1: how central the entity is to the document. */
  salience?: number;
}

export type TimexType = 'date' | 'time' | 'duration' | 'set';

export interface DateMention extends TextSpan {
  type: TimexType;
  /** TIMEX3 value: `2011-12`, `198` (the 1980s), `P5Y`, `XXXX-WXX-1`, `PRESENT_REF`, ... */
  value: string;
}

export interface Speaker extends TextSpan {
  /** `Entity.id` of the speaker when it is a known entity. */
  entity: string | null;
  /** The canonical name of that entity, or the speaker's own words. */
  name: string | null;
}

export type QuoteKind = 'direct' | 'indirect';

export interface Quote extends Span {
  kind: QuoteKind;
  /** The quoted content, without quotation marks. */
  text: string;
  cue: TextSpan | null;
  speaker: Speaker | null;
}

/** A stretch of the input the cleaner dropped; offsets index the input, not `text`. */
export interface Removed extends Span {
  reason: string;
  text: string;
}

export interface Dateline {
  place: string | null;
  agency: string | null;
}

export interface DocumentMeta {
  title: string | null;
  /** Publication date, `YYYY-MM-DD` or an ISO timestamp. */
  published: string | null;
  authors: string[];
  editors: string[];
  dateline: Dateline | null;
  section: string | null;
  url: string | null;
  site: string | null;
}

export interface Layers {
  sentences: Span[];
  mentions: Mention[];
  entities: Entity[];
  dates: DateMention[];
  quotes: Quote[];
  removed: Removed[];
}

export type InputKind = 'text' | 'html';

export interface Document {
  id: string;
  /** Where it came from: a path, `path:line` for NDJSON, or `-` for stdin. */
  source: string;
  kind: InputKind;
  encoding: string | null;
  /** The input as read (decoded and, when cleaning, normalised), before cleaning. */
  raw: string;
  meta: DocumentMeta;
  /** The article body: the text every span indexes. */
  text: string;
  layers: Layers;
  /** Non-fatal notes for stderr ("no article body found"). */
  warnings: string[];
}

/** What a reader hands to the pipeline: one document's input and what the input says about it. */
export interface SourceDocument {
  id: string;
  source: string;
  kind: InputKind;
  content: string;
  /** How the bytes were decoded (`utf-8`, `windows-1252`, ...), when read from a file. */
  encoding?: string;
  published?: string | null;
  title?: string | null;
}

export function emptyMeta(): DocumentMeta {
  return { title: null, published: null, authors: [], editors: [], dateline: null, section: null, url: null, site: null };
}

export function emptyLayers(): Layers {
  return { sentences: [], mentions: [], entities: [], dates: [], quotes: [], removed: [] };
}

export function newDocument(src: SourceDocument): Document {
  const meta = emptyMeta();
  meta.title = src.title ?? null;
  meta.published = src.published ?? null;
  return { id: src.id, source: src.source, kind: src.kind, encoding: src.encoding ?? null, raw: src.content, meta, text: src.content, layers: emptyLayers(), warnings: [] };
}
