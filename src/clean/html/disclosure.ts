// Affiliate disclosures ("If you buy through our links, we may earn a commission"): the site's notice
// about how it is paid, printed above or below every article. Marked as chrome: at the article's edge
// the densest run leaves it out; one inside the text (a writer's aside between paragraphs) stays.
import { wordCount } from '../rules/shape.js';
import type { Block } from '../types.js';

// Payment in the notice's own sense, never "an affiliate of al-Qaeda" or "the Federal Communications
// Commission" (a news paragraph may well mention links, purchases and support besides).
const PAID = /\b[Aa]ffiliate (?:links?|commissions?|partners?|partnerships?|programs?|marketing|advertising)\b|\bcommission(?:s|able)?\b|reader-supported|paid promotion/u;
const LINKS = /\blinks?\b|buy through|purchase/iu;
const EARNS = /earn|receive|compensat|kickback|support/iu;
/** The site speaks to its reader about itself: "we may earn", "if you buy", "I may receive". */
const ADDRESS = /\b(?:[Ww]e|[Uu]s|[Oo]ur|I|[Mm]y|[Yy]ou|[Yy]our)\b/u;
/** A disclosure is a sentence or two; a longer block mentioning commissions is about them. */
const MAX_WORDS = 90;

export function isDisclosure(text: string): boolean {
  return PAID.test(text) && LINKS.test(text) && EARNS.test(text) && ADDRESS.test(text) && wordCount(text) <= MAX_WORDS;
}

/** The blocks, with affiliate disclosures marked as chrome. */
export function markDisclosures(blocks: readonly Block[]): Block[] {
  return blocks.map((b) => (!b.chrome && isDisclosure(b.text) ? { ...b, chrome: true } : b));
}
