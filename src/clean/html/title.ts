// The headline among the page's candidates: <h1>, og:title, JSON-LD headline, <title>. Titles in the
// head often carry the site's name ("Headline | Site"); an <h1> that matches a candidate wins, else
// the head's title with the site's part cut off.

export interface TitleCandidates {
  og: string | null;
  twitter: string | null;
  ld: string | null;
  tag: string | null;
  h1s: string[];
  site: string | null;
}

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' • ', ' « ', ' » '];
const key = (s: string) => s.toLowerCase().replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"').replace(/\s+/gu, ' ').trim();

/** Cut " | Site" (or "Site | ") when that part names the site or is much shorter than the rest. */
export function stripSiteName(title: string, site: string | null): string {
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
      if (namesSite || (tailPart.split(' ').length <= 4 && head.split(' ').length >= 3)) {
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

export function pickTitle(c: TitleCandidates): string | null {
  const heads = [c.og, c.ld, c.twitter, c.tag].filter((s): s is string => !!s && s.length > 1);
  const stripped = heads.map((h) => stripSiteName(h, c.site));
  const h1s = c.h1s.filter((h) => h.length > 1 && h.length <= 300);
  for (const h1 of h1s) {
    const k = key(h1);
    if (heads.some((h) => key(h) === k) || stripped.some((s) => key(s) === k)) return plainQuotes(h1);
  }
  for (const h1 of h1s) {
    const k = key(h1);
    if (k.split(' ').length >= 3 && heads.some((h) => key(h).startsWith(k))) return plainQuotes(h1);
  }
  const best = stripped[0] ?? h1s[0] ?? null;
  return best ? plainQuotes(best) : null;
}
