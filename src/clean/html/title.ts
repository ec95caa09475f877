// The headline among the page's candidates: <h1>, og:title, JSON-LD headline, <title>. Titles in the
// head often carry the site's name ("Headline | Site", known from og:site_name or the URL's host); an
// <h1> that matches a candidate wins, else the head's title with the site's part cut off.
import { findDate } from '../rules/published.js';

export interface TitleCandidates {
  og: string | null;
  twitter: string | null;
  ld: string | null;
  tag: string | null;
  h1s: string[];
  site: string | null;
  /** The page's host name (from its canonical URL), when known. */
  host?: string | null;
}

/** Share of an <h1>'s words a head title must contain for the <h1> to be the headline. */
const H1_OVERLAP = 0.5;
/**
 * A long <h1> (a full headline, not a section name or logo) needs far fewer: the head's title is often an
 * SEO rewrite sharing only a few words ("Top 11 SEO Strategies for 2025" above "11 SEO Strategies for 2025
 * to Boost Rankings and Stay Ahead").
 */
const LONG_H1_WORDS = 8;
const LONG_H1_MAX_WORDS = 25;
const LONG_H1_OVERLAP = 0.15;

/** "Best Notion AlternativesTop Note-taking Tools": a heading and its subheading glued, not one headline. */
const glued = (s: string) => /\p{Ll}\p{Lu}|\)\p{Lu}/u.test(s);

/** The share of its words an <h1> must have in common with a head title to be taken as the headline. */
function overlapNeeded(h1: string, first: boolean): number {
  const n = wordsOf(h1).size;
  // Only the page's first <h1>: later ones head related stories that share the topic's words.
  return first && n >= LONG_H1_WORDS && n <= LONG_H1_MAX_WORDS && !glued(h1) ? LONG_H1_OVERLAP : H1_OVERLAP;
}

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' • ', ' « ', ' » '];
const key = (s: string) => s.toLowerCase().replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"').replace(/\s+/gu, ' ').trim();

/** "Newegg.com": a host name after the separator names the site whatever og:site_name says. */
const isDomain = (s: string) => !s.includes(' ') && /^[\p{L}\p{N}]/u.test(s) && /\.(com|org|net|io|co|ai|dev|info|edu|gov|news)$/iu.test(s);

/** Second-level labels under a country code ("bbc.co.uk"): the name is the label before them. */
const GENERIC_SLD = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'or', 'ne', 'go']);

/** "apps.shopify.com" gives "shopify": the label that names the site, without subdomains and suffixes. */
export function hostLabel(host: string | null | undefined): string | null {
  if (!host) return null;
  const labels = host.toLowerCase().replace(/^www\./u, '').split('.').filter((l) => l.length > 0);
  labels.pop();
  if (labels.length >= 2 && GENERIC_SLD.has(labels[labels.length - 1]!)) labels.pop();
  const label = labels.pop();
  return label && label.length >= 3 ? label : null;
}

/** The words of a title, lower-cased, in order. */
const tokens = (s: string) => key(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
const squashed = (s: string) => key(s).replace(/[^\p{L}\p{N}]+/gu, '');
/**
 * A separator's short side that carries the host's name ("Shopify App Store" on apps.shopify.com). A short
 * label must be a whole word ("art" is not in "Modern Artists"); a longer one may be run into others
 * ("WineFolly").
 */
const namesHost = (part: string, label: string | null) =>
  label !== null && part.split(' ').length <= 5 && (tokens(part).includes(label) || (label.length >= 5 && squashed(part).includes(label)));

/** Cut " | Site" (or "Site | ") when that part names the site or is much shorter than the rest. */
export function stripSiteName(title: string, site: string | null, siteOnly = false, host: string | null = null): string {
  let t = title.trim();
  const label = hostLabel(host);
  // "example.com Headline": a site known by its domain may lead without a separator.
  if (site && isDomain(site) && key(t).startsWith(`${key(site)} `)) t = t.slice(site.length).trim();
  for (let round = 0; round < 2; round++) {
    let cut = false;
    for (const sep of SEPARATORS) {
      const at = t.lastIndexOf(sep);
      if (at <= 0) continue;
      const head = t.slice(0, at).trim();
      const tailPart = t.slice(at + sep.length).trim();
      const siteKey = site ? key(site) : '';
      const namesSite = (siteKey !== '' && (key(tailPart).includes(siteKey) || siteKey.includes(key(tailPart)))) || isDomain(tailPart) || namesHost(tailPart, label);
      if (namesSite || (!siteOnly && tailPart.split(' ').length <= 4 && head.split(' ').length >= 3)) {
        t = head;
        cut = true;
        break;
      }
      const first = t.indexOf(sep);
      const lead = t.slice(0, first).trim();
      if ((siteKey && key(lead) === siteKey) || (label !== null && squashed(lead) === label)) {
        t = t.slice(first + sep.length).trim();
        cut = true;
        break;
      }
    }
    if (!cut) break;
  }
  return t;
}

/** Typographic apostrophes and quotes as ASCII: titles compare and search the same either way. */
export const plainQuotes = (s: string) => s.replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"');

/**
 * Apostrophes and single quotes as ASCII (typed both ways within one site's titles, and searched as '),
 * double quotation marks as the page writes them: “Calm” marks a quoted name the way the page sets it.
 */
export const plainApostrophes = (s: string) => s.replace(/[‘’]/gu, "'");

/**
 * "Headline | Top 19 Companies": a short tagline after a bar is not part of the headline. Dashes and
 * colons stay: after them comes the headline's own second half ("Best Bread Machines – My Favorites!").
 */
export function cutTagline(title: string, site: string | null = null): string {
  let t = stripSiteName(title, site, true);
  for (let round = 0; round < 3; round++) {
    const at = t.lastIndexOf(' | ');
    if (at <= 0) break;
    const head = t.slice(0, at).trim();
    const tail = t.slice(at + 3).trim();
    if (head.split(' ').length < 3 || tail.split(' ').length > 5) break;
    t = head;
  }
  return t;
}

const wordsOf = (s: string) => new Set(tokens(s));

/** Share of the h1's words that the other title also has. */
function overlap(h1: string, other: string): number {
  const a = wordsOf(h1);
  const b = wordsOf(other);
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return a.size ? shared / a.size : 0;
}

/** A head "title" that is a sentence-long summary (some pages put their description in twitter:title). */
const isDescription = (s: string) => s.split(' ').length > 20 && /[.!]$/u.test(s.trim());

const fix = (s: string | null) => (s === null ? null : repairMojibake(s));
const repairCandidates = (c: TitleCandidates): TitleCandidates => ({
  ...c, og: fix(c.og), twitter: fix(c.twitter), ld: fix(c.ld), tag: fix(c.tag), h1s: c.h1s.map(repairMojibake),
});

/**
 * "(latimes.com) 87" after a headline: an aggregator's source credit and comment count, not the headline's.
 */
export function isCredit(rest: string): boolean {
  if (!rest.startsWith('(')) return false;
  const close = rest.indexOf(')');
  if (close < 0) return false;
  const source = rest.slice(1, close);
  const after = rest.slice(close + 1).trim();
  return !source.includes(' ') && source.includes('.') && /\.\p{L}{2,6}$/u.test(source) && /^\p{N}*$/u.test(after);
}

/**
 * "Planning? Beginner? Guide" beside "Planning: Beginner's Guide": question marks where a broken encoding
 * lost one to three characters of the head's title (two or more of them, so a real question does not count).
 */
export function lostCharacters(h1: string, head: string): boolean {
  const parts = h1.split('?');
  if (parts.length < 3 || parts[parts.length - 1] === '' || !head.startsWith(parts[0]!)) return false;
  let at = parts[0]!.length;
  for (const part of parts.slice(1)) {
    const found = head.indexOf(part, at + 1);
    if (found < 0 || found - at > 3) return false;
    at = found + part.length;
  }
  return at === head.length;
}

/** "restaurant" as the <h1> of "RESTAURANT Definition & Meaning": a dictionary's headword is the title. */
const isHeadword = (h1: string, heads: string[]) =>
  wordsOf(h1).size === 1 && heads.length > 0 && heads.every((h) => key(h).startsWith(`${key(h1)} `));

// Up to the last letter or digit: `[^\p{L}\p{N}]+$` would retry from every place in a long run of
// marks (quadratic); a letter followed only by marks is found from the letter alone.
const trimmedEnds = (s: string) => {
  const lead = s.replace(/^[^\p{L}\p{N}]+/u, '');
  const last = lead.search(/[\p{L}\p{N}][^\p{L}\p{N}]*$/u);
  return last < 0 ? '' : lead.slice(0, last + (lead.codePointAt(last)! > 0xffff ? 2 : 1));
};

/** The site's name and the parts cut off head titles as names ("| Soliant" gives "soliant"), as keys. */
function siteNames(siteKey: string | null, cut: ReadonlyArray<readonly [string, string]>): string[] {
  const names = siteKey && siteKey.length >= 3 ? [siteKey] : [];
  for (const [whole, kept] of cut) {
    const rest = whole.startsWith(kept) ? whole.slice(kept.length) : whole.endsWith(kept) ? whole.slice(0, whole.length - kept.length) : '';
    const name = trimmedEnds(rest);
    if (name.length >= 3) names.push(name);
  }
  return names;
}

const YEARISH = new Set(['in', 'of', 'for']);

/**
 * "Best Travel Insurance for Seniors" on the page, "Best Travel Insurance for Seniors in 2025" in every
 * head title: the head's is the full headline, the <h1> only dropped its year or count.
 */
export function withHeadNumbers(title: string, heads: string[]): string {
  if (!heads.length || heads.some((h) => key(h) !== key(heads[0]!))) return title;
  const head = heads[0]!;
  const short = tokens(title);
  const long = tokens(head);
  if (long.length <= short.length) return title;
  const extra: string[] = [];
  let j = 0;
  for (const w of long) {
    if (j < short.length && w === short[j]) j++;
    else extra.push(w);
  }
  if (j < short.length || !extra.some((w) => /^\p{N}+$/u.test(w))) return title;
  return extra.every((w) => /^\p{N}+$/u.test(w) || YEARISH.has(w)) ? head : title;
}

/** Lower case, "&" as "and", letters and digits only: what stays when only punctuation differs. */
const looseKey = (s: string) => key(s).replace(/&/gu, ' and ').replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * "Homeowners and Investors" on the page, "Homeowners & Investors" in og:title and <title> alike: the same
 * words punctuated apart ("--" for "—", "*Title*" for the italic title). When two or more head titles agree
 * on one writing, that is the one the page was given (the <h1>'s is its styling); a head title that differs
 * only by a mark at its ends ("Level ⋆") is not another writing. WCXB dev: 4 pages better, 1 worse.
 */
function headsWriting(h1: string, stripped: readonly string[]): string | null {
  const loose = looseKey(h1);
  const k = trimmedEnds(key(h1));
  for (const s of stripped) {
    if (looseKey(s) !== loose || trimmedEnds(key(s)) === k) continue;
    if (stripped.filter((t) => key(t) === key(s)).length >= 2) return s;
  }
  return null;
}

/** "But what they love is...": a heading that opens on a conjunction continues a sentence (a pull quote). */
const continuesSentence = (s: string) => /^(?:But|And|Or|So|Yet) \p{Ll}/u.test(s);

/** All in capitals: a headline the page styles in upper case; the head's mixed-case title is the written one. */
const isShouted = (s: string) => s === s.toUpperCase() && /\p{Lu}/u.test(s);

/** Windows-1252's characters for the bytes 0x80-0x9F, for text decoded with it instead of UTF-8. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const byteOf = (ch: string): number => {
  const code = ch.charCodeAt(0);
  const at = CP1252.indexOf(ch);
  return at >= 0 ? 0x80 + at : code;
};
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * "Investorâ\u0080\u0099s": UTF-8 bytes read as Latin-1 or Windows-1252 somewhere upstream. Only the
 * common leads are put back, Â and Ã (Latin-1's own letters and signs) and â (curly quotes, dashes),
 * each with exactly its continuation bytes; a run that does not decode stays. Other letters before a dash
 * or ellipsis ("TÜV–Süd") are real text.
 */
export function repairMojibake(s: string): string {
  return s.replace(/[ÂÃ][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â[\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]{2}/gu, (run) => {
    try {
      return utf8.decode(Uint8Array.from([...run].map(byteOf)));
    } catch {
      return run;
    }
  });
}

export function pickTitle(raw: TitleCandidates): string | null {
  const fixed = repairCandidates(raw);
  // "davidbau.com" as the page's <h1>: a host name is the site's logo when the head names no site.
  const c = { ...fixed, site: fixed.site ?? fixed.h1s.find(isDomain) ?? null };
  const chosen = chooseTitle(c);
  if (chosen === null) return null;
  const strip = (h: string | null) => (h && h.length > 1 && !isDescription(h) ? stripSiteName(h, c.site, false, c.host ?? null) : null);
  return plainApostrophes(withHeadNumbers(chosen, [c.og, c.tag, c.twitter].map(strip).filter((h): h is string => h !== null)));
}

function chooseTitle(c: TitleCandidates): string | null {
  const host = c.host ?? null;
  const heads = [c.og, c.tag, c.twitter, c.ld].filter((s): s is string => !!s && s.length > 1 && !isDescription(s));
  const stripped = heads.map((h) => stripSiteName(h, c.site, false, host));
  const siteKey = c.site ? key(c.site) : null;
  // An <h1> that is the part of a head title cut off as the site's name is the logo, not the headline.
  const siteParts = heads.map((h, i) => [key(h), key(stripped[i]!)] as const).filter(([h, s]) => h !== s);
  // "Blog Name: Headline" in <title> beside a bare "Headline" in og:title: "Blog Name" is the site.
  const labelled = (k: string) => heads.some((h) => stripped.some((s) => key(h) === `${k}: ${key(s)}`));
  const isSitePart = (k: string) => labelled(k) || siteParts.some(([h, s]) => h.includes(k) && !s.includes(k) && !k.includes(s));
  const pageHeads = [c.og, c.tag, c.twitter].filter((h): h is string => !!h).flatMap((h) => [key(h), key(stripSiteName(h, c.site, false, host))]);
  const names = siteNames(siteKey, siteParts);
  // "Acme Report Reveals...": an <h1> led by the site's own name that no og:title or <title> repeats is
  // the publisher's announcement banner; the head's titles name the article.
  const ledBySite = (k: string) => names.some((n) => k.startsWith(`${n} `)) && !pageHeads.includes(k) && pageHeads.length > 0;
  const h1s = c.h1s.filter((h) => h.length > 1 && h.length <= 300 && key(h) !== siteKey && !isSitePart(key(h)) && !ledBySite(key(h)));
  for (const h1 of h1s) {
    const k = key(h1);
    if (heads.some((h) => key(h) === k) || stripped.some((s) => key(s) === k)) return cutTagline(h1, c.site);
    const written = headsWriting(h1, stripped);
    if (written) return written;
    // "Blog: Headline" on the page, "Headline" in the head: the label is a section name, not the headline's.
    // "Title:Headline" (arXiv's label run into the title) counts as such a label too.
    const bare = stripped.find((s) => wordsOf(s).size >= 3 && (k.endsWith(`: ${key(s)}`) || k.endsWith(`:${key(s)}`)) && k.length - key(s).length <= 20);
    if (bare) return bare;
    const credited = stripped.find((s) => wordsOf(s).size >= 3 && k.startsWith(`${key(s)} `) && isCredit(k.slice(key(s).length + 1)));
    if (credited) return credited;
    const garbled = stripped.find((s) => lostCharacters(k, key(s)));
    if (garbled) return garbled;
  }
  // "Headline January 1, 2025": an <h1> that carries its date around a head title; the head's is clean.
  for (const h1 of h1s) {
    if (findDate(h1) === null) continue;
    const k = key(h1);
    const s = stripped.find((t) => wordsOf(t).size >= 2 && key(t) !== k && k.includes(key(t)));
    if (s) return s;
  }
  // The visible headline is the article's own title; the head's may be an SEO rewrite. Take the <h1>
  // when it shares most of its words with a head title (a logo or section name in <h1> does not), or
  // some of them when it is a full-length headline; one in capitals only when the head has no title.
  let best: string | null = null;
  let bestOverlap = 0;
  for (const [i, h1] of h1s.entries()) {
    if ((isShouted(h1) && heads.length) || continuesSentence(h1)) continue;
    for (const s of heads) {
      const o = overlap(h1, s);
      // One shared word ("VPN Services" under a long head title) is a section label's, not a headline's.
      if (o > bestOverlap && o >= overlapNeeded(h1, i === 0) && (o * wordsOf(h1).size >= 2 || isHeadword(h1, heads))) {
        best = h1;
        bestOverlap = o;
      }
    }
  }
  if (best && (wordsOf(best).size >= 2 || isHeadword(best, heads))) return cutTagline(best, c.site);
  return stripped[0] ?? h1s[0] ?? null;
}
