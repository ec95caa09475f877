// News datelines, "BAGHDAD, Xinhua –", "LONDON (Reuters) -", "PARIS —": place and agency into the
// metadata. The dateline stays in the body text; it is part of the first paragraph.
import type { Dateline } from '../../core/document.js';

// Bounded quantifiers only: at most a few dozen characters are ever examined.
const CAPS_PLACE = /^([\p{Lu}][\p{Lu}.'’ -]{1,38}[\p{Lu}.])(?:, ([\p{Lu}][\p{L}.'’ -]{0,38}?))?(?: ?\(([^()]{1,40})\))? ?[–—-]{1,2} /u;

const AGENCIES = ['xinhua', 'reuters', 'ap', 'afp', 'upi', 'dpa', 'ani', 'pti', 'ians', 'efe', 'ansa', 'tass', 'kyodo', 'bloomberg', 'cnn', 'bbc', 'aa', 'irna', 'yonhap'];

export function findDateline(paragraph: string): Dateline | null {
  const m = CAPS_PLACE.exec(paragraph.slice(0, 120));
  if (!m) return null;
  const place = m[1]!.trim();
  // Both optional groups are read the same way whether they matched or not, so the compiled code has
  // seen every step before the rare dateline with an agency comes.
  const agencyText = (m[3] ?? '').trim();
  const regionText = (m[2] ?? '').trim();
  let agency = m[3] === undefined ? null : agencyText;
  let region = m[2] === undefined ? null : regionText;
  const regionIsAgency = AGENCIES.includes(regionText.toLowerCase());
  // "BAGHDAD, Xinhua –": the part after the comma is the agency when it is a known one.
  if (region && regionIsAgency) {
    agency ??= region;
    region = null;
  }
  if (place.length < 2 || (place.length < 4 && !agency && !region)) return null;
  return { place, agency };
}
