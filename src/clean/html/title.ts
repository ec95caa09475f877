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

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' • ', ' « ', ' » '];
const key = (s: string) => s.toLowerCase().replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"').replace(/\s+/gu, ' ').trim();

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
      const namesSite = siteKey !== '' && (key(tailPart).includes(siteKey) || siteKey.includes(key(tailPart)));
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

export function pickTitle(c: TitleCandidates): string | null {
  const heads = [c.og, c.tag, c.twitter, c.ld].filter((s): s is string => !!s && s.length > 1);
  const stripped = heads.map((h) => stripSiteName(h, c.site));
  const siteKey = c.site ? key(c.site) : null;
  // An <h1> that is the part of a head title cut off as the site's name is the logo, not the headline.
  const siteParts = heads.map((h, i) => [key(h), key(stripped[i]!)] as const).filter(([h, s]) => h !== s);
  const isSitePart = (k: string) => siteParts.some(([h, s]) => h.includes(k) && !s.includes(k) && !k.includes(s));
  const h1s = c.h1s.filter((h) => h.length > 1 && h.length <= 300 && key(h) !== siteKey && !isSitePart(key(h)));
  for (const h1 of h1s) {
    const k = key(h1);
    if (heads.some((h) => key(h) === k) || stripped.some((s) => key(s) === k)) return plainQuotes(cutTagline(h1, c.site));
  }
  // "Headline January 1, 2025": an <h1> that carries its date around a head title; the head's is clean.
  for (const h1 of h1s) {
    if (findDate(h1) === null) continue;
    const k = key(h1);
    const s = stripped.find((t) => wordsOf(t).size >= 2 && key(t) !== k && k.includes(key(t)));
    if (s) return plainQuotes(s);
  }
  // The visible headline is the article's own title; the head's may be an SEO rewrite. Take the <h1>
  // when it shares most of its words with a head title (a logo or section name in <h1> does not).
  let best: string | null = null;
  let bestOverlap = 0;
  for (const h1 of h1s) {
    for (const s of heads) {
      const o = overlap(h1, s);
      if (o > bestOverlap) {
        best = h1;
        bestOverlap = o;
      }
    }
  }
  if (best && bestOverlap >= H1_OVERLAP && wordsOf(best).size >= 2) return plainQuotes(cutTagline(best, c.site));
  const chosen = stripped[0] ?? h1s[0] ?? null;
  return chosen ? plainQuotes(chosen) : null;
}
