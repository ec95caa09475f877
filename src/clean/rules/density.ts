// The article is the densest run of prose: each block scores by what it is (prose words count for,
// short lines, link lists and repeated lines count against), and the best-scoring contiguous run
// wins (maximum subarray, one linear pass).
import type { Block } from '../types.js';
import { isProseOf, wordCount } from './shape.js';

/** What a line that is not prose costs: at least `short` prose words, else `perWord` per word. */
export interface LineCosts {
  short: number;
  perWord: number;
  /** What a list item or table cell without links costs (HTML mode: articles hold lists and tables). */
  listItem: number;
  /** What a short line seen more than once on the page costs. */
  repeated: number;
  /** At most what a list item made of links costs (else its words, as any link line). */
  linkedItem: number;
}
// Tuned on WCXB dev. A scrape's short lines are mostly menus; in HTML mode the markup (links, chrome)
// already marks those, and short lines left are more often the article's own lists and labels.
export const TEXT_COSTS: LineCosts = { short: 5, perWord: 1, listItem: 5, repeated: 4, linkedItem: Infinity };
export const HTML_COSTS: LineCosts = { short: 1.5, perWord: 0.5, listItem: 0, repeated: 4, linkedItem: Infinity };
// Readability's article has lost the menus already: short lines left are the article's labels, and
// repeated ones are table values (dev shingle F1 0.939 -> 0.942 with the tail rule off there too).
// A list of links inside it is the article's (courses, sources, steps), not a menu: each item costs 1, so
// a long list no longer splits the article in two (dev shingle recall +0.0018, 12 pages better, 4 worse).
export const ARTICLE_COSTS: LineCosts = { short: 1, perWord: 0.25, listItem: 0, repeated: 0, linkedItem: 1 };

export function blockScore(block: Block, repeated: boolean, costs: LineCosts = TEXT_COSTS): number {
  const words = wordCount(block.text);
  return blockScoreOf(block, words, isProseOf(block.text, words), repeated, costs);
}

/** blockScore given the block's word count and whether it is prose, which the classifier has already. */
export function blockScoreOf(block: Block, words: number, prose: boolean, repeated: boolean, costs: LineCosts = TEXT_COSTS): number {
  // Chrome is a guess from markup: its prose is neutral, its short lines count against.
  if (block.chrome) return prose ? 0 : -Math.max(3, Math.min(words, 40));
  if (block.linkDensity > 0.5) return block.tag === 'li' ? -Math.min(Math.max(3, words), costs.linkedItem) : -Math.max(3, words);
  if (prose) return repeated ? 0 : words * (1 - block.linkDensity);
  // A table repeats its values ("Yes", "Basic") by nature: a repeated cell costs what any cell does.
  if (repeated && block.tag !== 'cell') return -costs.repeated;
  if (block.tag === 'heading') return -1;
  if ((block.tag === 'li' || block.tag === 'cell') && block.linkDensity < 0.3) return -costs.listItem;
  return -Math.max(costs.short, Math.min(words, 20) * costs.perWord);
}

/** [first, last] of the best run among scores (NaN marks a block already dropped), or null. */
export function densestRun(scores: ArrayLike<number>, minScore: number): [number, number] | null {
  let best = 0;
  let bestRange: [number, number] | null = null;
  let sum = 0;
  let start = -1;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (Number.isNaN(s)) continue;
    if (start < 0) {
      if (s <= 0) continue;
      start = i;
      sum = 0;
    }
    sum += s;
    if (sum > best) {
      best = sum;
      bestRange = [start, i];
    }
    if (sum <= 0) start = -1;
  }
  return best >= minScore ? bestRange : null;
}
