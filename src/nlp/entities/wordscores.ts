// Recognition's cache of word-only weights: the keys that depend on a token's characters alone (the
// word, its shape, prefixes, suffixes, length, distributional signature) score the same wherever the word occurs, so their
// summed weights for both stages are kept per distinct word string, and a token costs one table lookup
// instead of 28 and their hashing. The sums are whole numbers (a few dozen 16-bit weights: well
// inside 32 bits), so the result is exactly the uncached one. The lookup hashes the token's characters
// in place (open addressing over the words' hashes): no string is made for a word already seen. The
// words' characters are kept in one pool of 16-bit codes (a word is a range of it), not as strings:
// the compare then reads a typed array instead of a string of one representation or another.
import { WORD_KEYS, wordKeys, WORD_KEYS_STAGE1 } from './features.js';
import { hashRange } from './hash.js';
import type { NerModel } from './model.js';
import { N_TAGS } from './tagger.js';

/** Per row: N_TAGS stage-1 sums, then N_TAGS stage-2 sums. */
export const ROW = 2 * N_TAGS;
const MAX_WORDS = 1 << 17; // start afresh between documents beyond this many distinct words
const FIRST_ROWS = 1024;

export class WordScores {
  private count = 0;
  private hashes = new Int32Array(FIRST_ROWS);
  /** Row r's characters are chars[begin[r], begin[r + 1]). */
  private begin = new Int32Array(FIRST_ROWS + 1);
  private chars = new Uint16Array(FIRST_ROWS * 8);
  private slots = new Int32Array(2 * FIRST_ROWS); // 1 + row, 0 when empty
  sums = new Int32Array(FIRST_ROWS * ROW);
  private readonly keys = new Uint32Array(WORD_KEYS);
  private readonly tmp = new Float64Array(N_TAGS);

  constructor(private readonly model: NerModel) {}

  /** Called before each document: keeps the memory bounded (rows stay valid within a document). */
  trim(): void {
    if (this.count >= MAX_WORDS) {
      this.count = 0;
      this.hashes = new Int32Array(FIRST_ROWS);
      this.begin = new Int32Array(FIRST_ROWS + 1);
      this.chars = new Uint16Array(FIRST_ROWS * 8);
      this.slots = new Int32Array(2 * FIRST_ROWS);
      this.sums = new Int32Array(FIRST_ROWS * ROW);
    }
  }

  /**
   * The row of text[start, end) in `sums` (valid until the next call that adds a word); `hash` is
   * hashRange(text, start, end, false), which featurize has already computed for each token.
   */
  row(text: string, start: number, end: number, hash: number = hashRange(text, start, end, false)): number {
    const h = hash | 0;
    const { slots, hashes, begin, chars } = this;
    const mask = slots.length - 1;
    const len = end - start;
    for (let j = h & mask; ; j = (j + 1) & mask) {
      const r = slots[j]! - 1;
      if (r < 0) return this.add(text, start, end, h, j);
      if (hashes[r] !== h) continue;
      const b = begin[r]!;
      if (begin[r + 1]! - b !== len) continue;
      let i = 0;
      while (i < len && chars[b + i] === text.charCodeAt(start + i)) i++;
      if (i === len) return r;
    }
  }

  private add(text: string, start: number, end: number, h: number, slot: number): number {
    const r = this.count++;
    if (r === this.hashes.length) {
      const hashes = new Int32Array(r * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const begin = new Int32Array(r * 2 + 1);
      begin.set(this.begin);
      this.begin = begin;
      const sums = new Int32Array(this.sums.length * 2);
      sums.set(this.sums);
      this.sums = sums;
    }
    const b = this.begin[r]!;
    if (b + end - start > this.chars.length) {
      const chars = new Uint16Array(Math.max(2 * this.chars.length, b + end - start));
      chars.set(this.chars.subarray(0, b));
      this.chars = chars;
    }
    const chars = this.chars;
    for (let i = start; i < end; i++) chars[b + i - start] = text.charCodeAt(i);
    this.begin[r + 1] = b + end - start;
    this.hashes[r] = h;
    if (2 * (r + 1) > this.slots.length) this.rehash(this.slots.length * 2);
    else this.slots[slot] = r + 1;
    wordKeys(text, start, end, this.keys, this.model.signatures);
    const o = r * ROW;
    this.tmp.fill(0);
    this.model.stage1.addAll(this.keys, 0, WORD_KEYS_STAGE1, this.tmp);
    this.sums.set(this.tmp, o);
    this.tmp.fill(0);
    this.model.stage2.addAll(this.keys, 0, WORD_KEYS, this.tmp);
    this.sums.set(this.tmp, o + N_TAGS);
    return r;
  }

  /** The slot table at `size` slots, every row placed again (rows keep their numbers). */
  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let r = 0; r < this.count; r++) {
      let j = this.hashes[r]! & mask;
      while (slots[j] !== 0) j = (j + 1) & mask;
      slots[j] = r + 1;
    }
    this.slots = slots;
  }
}
