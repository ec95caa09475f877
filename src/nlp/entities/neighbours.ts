// Recognition's cache of neighbour-word weights: the keys that depend on one neighbour's lower-case
// word alone (the previous word is "of", the word two after is "said"; see neighbourKeys) weigh the
// same wherever that word stands in that place, so each word's weight rows for those keys are copied
// side by side once, and a token reads six short rows of a few hundred hot bytes instead of probing
// eight keys of the large table (and hashing them). The keys are functions of the lower-case hash
// alone, so the hash is the cache's key (no string compare). The rows are the stored 16-bit weights,
// unchanged: the sums are exactly the uncached ones.
import { NEIGHBOUR_KEYS, NEIGHBOUR_KEYS_BOTH, NONE, neighbourKeys } from './features.js';
import type { NerModel } from './model.js';
import { ROW } from './packed.js';
import { N_TAGS } from './tagger.js';

/** Per word: ROW weights (both stages) for each of the first NEIGHBOUR_KEYS_BOTH keys, then N_TAGS (stage 2) for each bag key. */
export const NEIGHBOUR_ROW = NEIGHBOUR_KEYS_BOTH * ROW + (NEIGHBOUR_KEYS - NEIGHBOUR_KEYS_BOTH) * N_TAGS;
/** Where each key's weights start in a word's row. */
export const AT_PREV = 0;
export const AT_NEXT = ROW;
export const AT_PREV2 = 2 * ROW;
export const AT_NEXT2 = 3 * ROW;
export const AT_LEFT_BAG = 4 * ROW;
export const AT_RIGHT_BAG = 4 * ROW + N_TAGS;
// The cache holds this many words and is emptied before a document that would not fit: the frequent
// words, which make most of the hits, come back with the next document. Its arrays are made once at
// full size (2.9 MB of rows): grown by doubling, the old arrays lingered as garbage and a document
// crossing the limit doubled it again, which cost over 20 MB of resident memory.
const CAPACITY = 16384;

export class NeighbourScores {
  private count = 1; // row 0 is the zero row
  private hashes = new Uint32Array(CAPACITY);
  private slots = new Int32Array(2 * CAPACITY); // 1 + row, 0 when empty
  /** Row 0 is all zeros (a third neighbour past the sentence's edge adds nothing). */
  sums = new Int16Array(CAPACITY * NEIGHBOUR_ROW);
  private readonly keys = new Uint32Array(NEIGHBOUR_KEYS);

  constructor(private readonly model: NerModel) {}

  /**
   * Called before each document with its number of distinct words (plus the NONE word): makes room
   * for them, so rows stay valid within the document and the arrays never move.
   */
  prepare(words: number): void {
    const need = words + 2;
    if (this.count + need <= this.hashes.length) return;
    this.slots.fill(0);
    this.count = 1;
    if (need > this.hashes.length) this.resize(need); // a document of more distinct words than the capacity
  }

  private resize(rows: number): void {
    let size = CAPACITY;
    while (size < rows) size *= 2;
    this.hashes = new Uint32Array(size);
    this.slots = new Int32Array(2 * size);
    this.sums = new Int16Array(size * NEIGHBOUR_ROW);
  }

  /** The row number of the word with lower-case hash `lower` (NONE: a missing neighbour). */
  row(lower: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let j = lower & mask; ; j = (j + 1) & mask) {
      const r = slots[j]! - 1;
      if (r < 0) return this.add(lower, j);
      if (this.hashes[r] === lower) return r;
    }
  }

  noneRow(): number {
    return this.row(NONE);
  }

  private add(lower: number, slot: number): number {
    const r = this.count++;
    if (r >= this.hashes.length) throw new Error('NeighbourScores: more words than prepare() made room for');
    this.hashes[r] = lower;
    this.slots[slot] = r + 1;
    // Copy each key's weight row (the table's rows are stage 1's N_TAGS, then stage 2's).
    neighbourKeys(lower, this.keys);
    const table = this.model.keyTable;
    const w = table.weights;
    const sums = this.sums;
    let o = r * NEIGHBOUR_ROW;
    sums.fill(0, o, o + NEIGHBOUR_ROW); // a row used before the last reset
    for (let i = 0; i < NEIGHBOUR_KEYS; i++) {
      const both = i < NEIGHBOUR_KEYS_BOTH;
      const slot = table.slot(this.keys[i]!);
      if (slot >= 0) for (let t = both ? 0 : N_TAGS; t < ROW; t++) sums[o++] = w[slot * ROW + t]!;
      else o += both ? ROW : N_TAGS;
    }
    return r;
  }
}
