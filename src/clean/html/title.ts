// The headline among the page's candidates: <h1>, og:title, JSON-LD headline, <title>. Titles in the
// head often carry the site's name ("Headline | Site"); an <h1> that matches a candidate wins, else
// the head's title with the site's part cut off.
import { findDate } from '../rules/published.js';

export interface TitleCandidates {
  og: string | null;
  twitter: string | null;
  ld: string | null;
  tag: string | null;
  h1s: string[];
  site: string | null;
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

/** Cut " | Site" (or "Site | ") when that part names the site or is much shorter than the rest. */
export function stripSiteName(title: string, site: string | null, siteOnly = false): string {
  let t = title.trim();
  for (let round = 0; round < 2; round++) {
    let cut = false;
    for (const sep of SEPARATORS) {
      const at = t.lastIndexOf(sep);
      if (at <= 0) continue;
      const head = t.slice(0, at).trim();
      const tailPart = t.slice(at + sep.length).trim();
      const siteKey = site ? key(site) : '';
      const namesSite = (siteKey !== '' && (key(tailPart).includes(siteKey) || siteKey.includes(key(tailPart)))) || isDomain(tailPart);
      if (namesSite || (!siteOnly && tailPart.split(' ').length <= 4 && head.split(' ').length >= 3)) {
        t = head;
        cut = true;
        break;
      }
      const first = t.indexOf(sep);
      const lead = t.slice(0, first).trim();
      if (siteKey && key(lead) === siteKey) {
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

const wordsOf = (s: string) => new Set(key(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0));

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

/** All in capitals: a headline the page styles in upper case; the head's mixed-case title is the written one. */
const isShouted = (s: string) => s === s.toUpperCase() && /\p{Lu}/u.test(s);

export function pickTitle(c: TitleCandidates): string | null {
  const heads = [c.og, c.tag, c.twitter, c.ld].filter((s): s is string => !!s && s.length > 1 && !isDescription(s));
  const stripped = heads.map((h) => stripSiteName(h, c.site));
  const siteKey = c.site ? key(c.site) : null;
  // An <h1> that is the part of a head title cut off as the site's name is the logo, not the headline.
  const siteParts = heads.map((h, i) => [key(h), key(stripped[i]!)] as const).filter(([h, s]) => h !== s);
  // "Blog Name: Headline" in <title> beside a bare "Headline" in og:title: "Blog Name" is the site.
  const labelled = (k: string) => heads.some((h) => stripped.some((s) => key(h) === `${k}: ${key(s)}`));
  const isSitePart = (k: string) => labelled(k) || siteParts.some(([h, s]) => h.includes(k) && !s.includes(k) && !k.includes(s));
  const h1s = c.h1s.filter((h) => h.length > 1 && h.length <= 300 && key(h) !== siteKey && !isSitePart(key(h)));
  for (const h1 of h1s) {
    const k = key(h1);
    if (heads.some((h) => key(h) === k) || stripped.some((s) => key(s) === k)) return plainQuotes(cutTagline(h1, c.site));
    // "Blog: Headline" on the page, "Headline" in the head: the label is a section name, not the headline's.
    const bare = stripped.find((s) => wordsOf(s).size >= 3 && k.endsWith(`: ${key(s)}`) && k.length - key(s).length <= 20);
    if (bare) return plainQuotes(bare);
  }
  // "Headline January 1, 2025": an <h1> that carries its date around a head title; the head's is clean.
  for (const h1 of h1s) {
    if (findDate(h1) === null) continue;
    const k = key(h1);
    const s = stripped.find((t) => wordsOf(t).size >= 2 && key(t) !== k && k.includes(key(t)));
    if (s) return plainQuotes(s);
  }
  // The visible headline is the article's own title; the head's may be an SEO rewrite. Take the <h1>
  // when it shares most of its words with a head title (a logo or section name in <h1> does not), or
  // some of them when it is a full-length headline; one in capitals only when the head has no title.
  let best: string | null = null;
  let bestOverlap = 0;
  for (const [i, h1] of h1s.entries()) {
    if (isShouted(h1) && heads.length) continue;
    for (const s of heads) {
      const o = overlap(h1, s);
      if (o > bestOverlap && o >= overlapNeeded(h1, i === 0)) {
        best = h1;
        bestOverlap = o;
      }
    }
  }
  if (best && wordsOf(best).size >= 2) return plainQuotes(cutTagline(best, c.site));
  const chosen = stripped[0] ?? h1s[0] ?? null;
  return chosen ? plainQuotes(chosen) : null;
}
