// Article metadata from the page head and markup: meta tags (Open Graph, article:*, Dublin Core,
// parsely), JSON-LD, <time datetime>, rel=author and <h1>. Read before extraction mutates the DOM.
import type { DocumentMeta } from '../../core/document.js';
import { findDate } from '../rules/published.js';
import { splitNames } from '../rules/byline.js';
import { pickTitle } from './title.js';

// The slice of the DOM API this file uses (linkedom implements it).
export interface MetaDom {
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
}
export interface MetaElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#039': "'", '#8211': '–', '#8217': '’', '#038': '&' };
/** Whitespace squashed and the few entities that JSON-LD strings carry escaped twice decoded. */
const squash = (s: string | null | undefined) =>
  (s ?? '').replace(/&(amp|lt|gt|quot|apos|nbsp|#039|#8211|#8217|#038);/gu, (_, e: string) => ENTITIES[e] ?? '').replace(/\s+/gu, ' ').trim();

const NOT_NAMES = new Set(['by', 'the author', 'author', 'admin', 'administrator', 'staff', 'editor', 'editorial team']);

/** Author names out of a byline-ish string: "Written ByJane Doe" and "By Jane Doe, Reuters" give "Jane Doe". */
export function cleanAuthors(raw: string): string[] {
  const s = squash(raw).replace(/^(written|posted|reviewed|story)?\s*by:?\s*/iu, '');
  return splitNames(s).filter((n) => !NOT_NAMES.has(n.toLowerCase()));
}

export function metaContent(dom: MetaDom, keys: readonly string[]): string | null {
  const found = new Map<string, string>();
  const all = dom.querySelectorAll('meta');
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const value = squash(el.getAttribute('content'));
    if (key && value && !found.has(key)) found.set(key, value);
  }
  for (const k of keys) if (found.has(k)) return found.get(k)!;
  return null;
}

/** ISO-ish date strings to YYYY-MM-DD. */
export function normaliseDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const iso = /^([12][0-9]{3})-([01][0-9])-([0-3][0-9])/u.exec(s.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  return findDate(s.slice(0, 80));
}

interface LdFacts {
  headline: string | null;
  published: string | null;
  authors: string[];
  section: string | null;
  site: string | null;
  url: string | null;
}

const ARTICLE_TYPES = /article|posting|report|story|webpage|recipe|review|howto|blog/iu;

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name;
  return null;
}

/** Facts from JSON-LD blocks; an explicit queue over the parsed objects, bounded in size. */
export function jsonLd(dom: MetaDom): LdFacts {
  const facts: LdFacts = { headline: null, published: null, authors: [], section: null, site: null, url: null };
  const scripts = dom.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let seen = 0; queue.length && seen < 500; seen++) {
      const item = queue.shift();
      if (Array.isArray(item)) {
        queue.push(...item);
        continue;
      }
      if (!item || typeof item !== 'object') continue;
      const o = item as Record<string, unknown>;
      if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]));
      const type = ([] as unknown[]).concat(o['@type'] ?? []).join(' ');
      if (!ARTICLE_TYPES.test(type)) continue;
      const isPage = /webpage/iu.test(type) && !/article|posting/iu.test(type);
      if (!isPage || !facts.headline) {
        const headline = typeof o.headline === 'string' ? o.headline : typeof o.name === 'string' && !isPage ? o.name : null;
        if (headline && (!facts.headline || !isPage)) facts.headline ??= squash(headline);
      }
      if (typeof o.datePublished === 'string') facts.published ??= o.datePublished;
      if (!facts.authors.length && o.author) {
        for (const a of ([] as unknown[]).concat(o.author)) {
          const n = nameOf(a);
          if (n) facts.authors.push(squash(n));
        }
      }
      const section = ([] as unknown[]).concat(o.articleSection ?? [])[0];
      if (typeof section === 'string') facts.section ??= squash(section);
      facts.site ??= nameOf(o.publisher);
      if (typeof o.url === 'string' && !isPage) facts.url ??= o.url;
    }
  }
  return facts;
}

function firstAttr(dom: MetaDom, selector: string, attr: string): string | null {
  const els = dom.querySelectorAll(selector);
  for (let i = 0; i < els.length; i++) {
    const v = squash(els[i]!.getAttribute(attr));
    if (v) return v;
  }
  return null;
}

export function texts(dom: MetaDom, selector: string, max = 5): string[] {
  const els = dom.querySelectorAll(selector);
  const out: string[] = [];
  for (let i = 0; i < els.length && out.length < max; i++) {
    const t = squash(els[i]!.textContent);
    if (t) out.push(t);
  }
  return out;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./u, '') || null;
  } catch {
    return null;
  }
}

const isUrl = (s: string) => /^https?:\/\//iu.test(s);

export function pageMeta(dom: MetaDom): Partial<DocumentMeta> {
  const ld = jsonLd(dom);
  const site = metaContent(dom, ['og:site_name', 'application-name']) ?? ld.site;
  const url = firstAttr(dom, 'link[rel="canonical"]', 'href') ?? metaContent(dom, ['og:url']) ?? ld.url;
  const title = pickTitle({
    og: metaContent(dom, ['og:title']),
    twitter: metaContent(dom, ['twitter:title']),
    ld: ld.headline,
    tag: texts(dom, 'title', 1)[0] ?? null,
    h1s: texts(dom, 'h1', 5),
    site,
    host: url && isUrl(url) ? hostOf(url) : null,
  });
  const published = normaliseDate(
    metaContent(dom, ['article:published_time', 'og:published_time', 'datepublished', 'publish-date', 'pubdate', 'date', 'dc.date',
      'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date', 'article.published', 'publishdate'])
      ?? ld.published ?? firstAttr(dom, 'time[datetime]', 'datetime'),
  );
  let authors = ld.authors.filter((a) => !isUrl(a)).flatMap(cleanAuthors);
  if (!authors.length) {
    const metaAuthor = metaContent(dom, ['author', 'article:author', 'parsely-author', 'dc.creator', 'byl', 'sailthru.author']);
    if (metaAuthor && !isUrl(metaAuthor)) authors = cleanAuthors(metaAuthor);
  }
  if (!authors.length) {
    authors = texts(dom, '[rel="author"], [itemprop="author"] [itemprop="name"]', 3).filter((a) => a.length <= 80).flatMap(cleanAuthors);
  }
  const section = metaContent(dom, ['article:section', 'parsely-section', 'section']) ?? ld.section;
  const meta: Partial<DocumentMeta> = {};
  if (title) meta.title = title;
  if (published) meta.published = published;
  if (authors.length) meta.authors = [...new Set(authors)];
  if (section) meta.section = section;
  if (url && isUrl(url)) meta.url = url;
  if (site) meta.site = site;
  else if (meta.url) {
    const host = hostOf(meta.url);
    if (host) meta.site = host;
  }
  return meta;
}
