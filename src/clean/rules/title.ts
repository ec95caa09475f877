// The headline in a text scrape: the headline-like line closest before the article body.
import type { Block } from '../types.js';
import { isDateLine } from './published.js';
import { endsLikeSentence, wordCount } from './shape.js';

export function looksLikeHeadline(text: string): boolean {
  const words = wordCount(text);
  if (words < 2 || words > 30 || text.length > 220) return false;
  if (isDateLine(text)) return false;
  const last = text[text.length - 1]!;
  // Headlines end without a full stop; a question or exclamation mark is fine.
  if (endsLikeSentence(text) && last !== '?' && last !== '!' && last !== '"' && last !== '”' && last !== ')') return false;
  return /^[\p{Lu}\p{N}"“‘'¿¡]/u.test(text);
}

/** Index of the headline among blocks[from - lookBack .. from), or -1. */
export function findHeadline(blocks: readonly Block[], from: number, lookBack = 8): number {
  for (let i = from - 1; i >= 0 && i >= from - lookBack; i--) {
    if (looksLikeHeadline(blocks[i]!.text)) return i;
  }
  return -1;
}
