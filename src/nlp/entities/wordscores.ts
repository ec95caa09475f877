// Recognition's cache of word-only weights: the keys that depend on a token's characters alone (the
// word, its shape, prefixes, suffixes, length, distributional signature) score the same wherever the word occurs, so their
// summed weights for both stages are kept per distinct word string, and a token costs one map lookup
// instead of 28 table lookups and their hashing. The sums are whole numbers (a few dozen 16-bit
// weights: well inside 32 bits), so the result is exactly the uncached one.
import { WORD_KEYS, wordKeys, WORD_KEYS_STAGE1 } from './features.js';
import type { NerModel } from './model.js';
import { N_TAGS } from './tagger.js';

/** Per row: N_TAGS stage-1 sums, then N_TAGS stage-2 sums. */
export const ROW = 2 * N_TAGS;
const MAX_WORDS = 1 << 17; // start afresh between documents beyond this many distinct words

export class WordScores {
  private rows = new Map<string, number>();
  sums = new Int32Array(1024 * ROW);
  private readonly keys = new Uint32Array(WORD_KEYS);
  private readonly tmp = new Float64Array(N_TAGS);

  constructor(private readonly model: NerModel) {}

  /** Called before each document: keeps the memory bounded (rows stay valid within a document). */
  trim(): void {
    if (this.rows.size >= MAX_WORDS) {
      this.rows.clear();
      this.sums = new Int32Array(1024 * ROW);
    }
  }

  /** The row of text[start, end) in `sums` (valid until the next call that adds a word). */
  row(text: string, start: number, end: number): number {
    const word = text.slice(start, end);
    let r = this.rows.get(word);
    if (r !== undefined) return r;
    r = this.rows.size;
    // A long slice is a view that would keep the whole document alive: the key is a copy.
    this.rows.set(` ${word}`.slice(1), r);
    if ((r + 1) * ROW > this.sums.length) {
      const grown = new Int32Array(this.sums.length * 2);
      grown.set(this.sums);
      this.sums = grown;
    }
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
}
