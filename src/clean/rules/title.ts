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

const NOT_HEADLINE = ['by ', 'written by', 'posted ', 'published', 'updated', 'share', 'min read', 'minute read', 'reviewed by', 'edited by', 'home', 'you are here'];

/** How headline-like a line is: long enough to say something, without byline or prompt words. */
function headlineScore(text: string, distance: number): number {
  if (!looksLikeHeadline(text)) return -1;
  const lower = text.toLowerCase();
  if (NOT_HEADLINE.some((w) => lower.startsWith(w)) || lower.includes('//') || lower.includes(' » ') || lower.includes(' / ')) return -1;
  // "All ServicesStock AdvisorEpic": menu items glued together when the page was copied.
  let glued = 0;
  for (let i = 1; i < text.length; i++) {
    const a = text.charCodeAt(i - 1);
    const b = text.charCodeAt(i);
    if (a >= 97 && a <= 122 && b >= 65 && b <= 90) glued++;
  }
  if (glued >= 2) return -1;
  const words = wordCount(text);
  return Math.min(words, 14) - (words < 4 ? 4 : 0) - 0.25 * distance;
}

/**
 * Index of the headline among the lines before `from` that no rule has already claimed (bylines,
 * dates, furniture), or -1: the most headline-like within `lookBack` lines, nearer ones preferred.
 */
export function findHeadline(blocks: readonly Block[], from: number, free: (i: number) => boolean, lookBack = 30): number {
  let best = -1;
  let bestScore = 0;
  for (let i = from - 1; i >= 0 && i >= from - lookBack; i--) {
    if (!free(i)) continue;
    const score = headlineScore(blocks[i]!.text, from - 1 - i);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}
