// Long blocks a page repeats: a second copy of the article (mobile and desktop layouts, tab panes,
// a doubled paragraph) is dropped, but an item template's own sentence ("This image is provided courtesy
// of...", a workout's "Warm up: ..." line) belongs to each item that repeats it and stays.
import { wordCount } from '../rules/shape.js';
import type { Block } from '../types.js';

/** Repeated blocks shorter than this are headings or labels echoed on purpose: both copies stay. */
const MIN_WORDS = 20;

/**
 * Which blocks are copies of an earlier one: a repeat right after its first occurrence, or one whose
 * neighbouring long block is repeated at the same distance too (a run of paragraphs copied together).
 * A lone repeat between paragraphs of its own is an item's template text, not a copy.
 */
export function copiedBlocks(blocks: readonly Block[]): boolean[] {
  const long: number[] = [];
  const firstOf = new Int32Array(blocks.length).fill(-1);
  const first = new Map<string, number>();
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    if (wordCount(text) < MIN_WORDS) continue;
    long.push(i);
    const j = first.get(text);
    if (j === undefined) first.set(text, i);
    else firstOf[i] = j;
  }
  const copied = new Array<boolean>(blocks.length).fill(false);
  const repeatsAt = (p: number, d: number) => p >= 0 && p < long.length && firstOf[long[p]!]! >= 0 && firstOf[long[p]!] === long[p]! - d;
  for (let p = 0; p < long.length; p++) {
    const i = long[p]!;
    if (firstOf[i]! < 0) continue;
    const d = i - firstOf[i]!;
    copied[i] = d === 1 || repeatsAt(p - 1, d) || repeatsAt(p + 1, d);
  }
  return copied;
}
