// Run-time weights of both stages in one open-addressing table of feature keys (4 bytes a slot, small
// enough to stay in the core's cache while probing) beside each stage's nine 16-bit weights per slot,
// the two stages' side by side. One table for both stages means a token's static keys, which both
// stages use, are probed once and each weight row read once for both (addStatic()); a key only one
// stage has carries zeros for the other, which add nothing. Scores stay in the stored units: the best tag is the same at any
// positive scale, and each stage decides on its own scores.
import type { Scorer } from './tagger.js';
import { N_TAGS } from './tagger.js';

const MAX_LOAD = 0.85; // linear probing stays short at this load, and the key array half the size

const FILTER_SHIFT = 12; // the filter's bit of a key: its top 20 bits (the table's slot is its low bits)

export const STAGES = 2;
export const ROW = STAGES * N_TAGS;

/** One stage as trained: its keys, ascending, and N_TAGS weights per key, in the order of the keys. */
export interface StageWeights {
  keys: Uint32Array;
  weights: Int16Array;
}

export class KeyTable {
  private readonly mask: number;

  /**
   * One bit per 2^FILTER_SHIFT key values, set where the table has a key: a third of the probes are
   * for keys the model does not have, and the 128 KB of bits mostly answer those from the core's
   * cache instead of a read of the 1 MB key array (the probe's main cost). No key is missed: a clear
   * bit means no key with those bits.
   */
  private readonly filter = new Int32Array(1 << (32 - FILTER_SHIFT - 5));

  /** `keys` (a power of two of slots, 0 = empty) and ROW weights per slot: stage 1's N_TAGS, then stage 2's. */
  constructor(readonly keys: Uint32Array, readonly weights: Int16Array) {
    this.mask = keys.length - 1;
    for (const key of keys) if (key !== 0) this.mark(key);
  }

  private mark(key: number): void {
    this.filter[key >>> (FILTER_SHIFT + 5)]! |= 1 << ((key >>> FILTER_SHIFT) & 31);
  }

  /**
   * The table of the stages' keys with their weights in place (what the model file stores, packed by
   * the trainer). Each stage's keys are ascending, as the trainer writes them, so one merge walk
   * counts them and another inserts them.
   */
  static build([one, two]: readonly [StageWeights, StageWeights]): KeyTable {
    const k1 = one.keys;
    const k2 = two.keys;
    for (const keys of [k1, k2]) for (let i = 1; i < keys.length; i++) if (keys[i - 1]! >= keys[i]!) throw new Error('entity model: stage keys not ascending');
    let distinct = k1.length + k2.length;
    for (let i = 0, j = 0; i < k1.length && j < k2.length; ) {
      if (k1[i]! < k2[j]!) i++;
      else if (k2[j]! < k1[i]!) j++;
      else (distinct--, i++, j++);
    }
    let cap = 16;
    while (cap * MAX_LOAD < distinct) cap *= 2;
    const table = new KeyTable(new Uint32Array(cap), new Int16Array(cap * ROW));
    const w = table.weights;
    const [w1, w2] = [one.weights, two.weights];
    for (let i = 0, j = 0; i < k1.length || j < k2.length; ) {
      const a = i < k1.length ? k1[i]! : Infinity;
      const b = j < k2.length ? k2[j]! : Infinity;
      const o = table.insert(Math.min(a, b)) * ROW;
      if (a <= b) {
        for (let t = 0, r = i * N_TAGS; t < N_TAGS; t++) w[o + t] = w1[r + t]!;
        i++;
      }
      if (b <= a) {
        for (let t = 0, r = j * N_TAGS; t < N_TAGS; t++) w[o + N_TAGS + t] = w2[r + t]!;
        j++;
      }
    }
    return table;
  }

  /** Place a key not yet in the table; its slot. */
  private insert(key: number): number {
    let i = key & this.mask;
    while (this.keys[i] !== 0) i = (i + 1) & this.mask;
    this.keys[i] = key;
    this.mark(key);
    return i;
  }

  /** The slot of `key`, or -1. */
  slot(key: number): number {
    if (key === 0 || (this.filter[key >>> (FILTER_SHIFT + 5)]! & (1 << ((key >>> FILTER_SHIFT) & 31))) === 0) return -1;
    const keys = this.keys;
    let i = key & this.mask;
    for (;;) {
      const k = keys[i]!;
      if (k === key) return i;
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /**
   * Both stages' scores from the static keys of `n` tokens (`perToken` keys each, the first
   * `stage1Count` used by stage 1 too), added to out: per token N_TAGS stage-1 sums, then N_TAGS
   * stage-2 sums. One probe and one read of each weight row serve both stages. Tokens with `skip[k]`
   * set are left as they are (recognition's plain tokens, which are not scored).
   */
  addStatic(keys: Uint32Array, n: number, perToken: number, stage1Count: number, skip: Uint8Array, out: Float64Array): void {
    // slot() written out over the table's arrays held in locals, not read through `this` for each key
    // (measured 3-5% faster recognition).
    const w = this.weights;
    const table = this.keys;
    const filter = this.filter;
    const mask = this.mask;
    for (let k = 0; k < n; k++) {
      if (skip[k] === 1) continue;
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0;
      let b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0, b7 = 0, b8 = 0;
      const from = k * perToken;
      const shared = from + stage1Count;
      const end = from + perToken;
      for (let f = from; f < end; f++) {
        const key = keys[f]!;
        if (key === 0 || (filter[key >>> (FILTER_SHIFT + 5)]! & (1 << ((key >>> FILTER_SHIFT) & 31))) === 0) continue;
        let i = key & mask;
        let found = table[i]!;
        while (found !== key && found !== 0) {
          i = (i + 1) & mask;
          found = table[i]!;
        }
        if (found === 0) continue;
        const o = i * ROW;
        if (f < shared) {
          a0 += w[o]!; a1 += w[o + 1]!; a2 += w[o + 2]!; a3 += w[o + 3]!; a4 += w[o + 4]!;
          a5 += w[o + 5]!; a6 += w[o + 6]!; a7 += w[o + 7]!; a8 += w[o + 8]!;
        }
        b0 += w[o + 9]!; b1 += w[o + 10]!; b2 += w[o + 11]!; b3 += w[o + 12]!; b4 += w[o + 13]!;
        b5 += w[o + 14]!; b6 += w[o + 15]!; b7 += w[o + 16]!; b8 += w[o + 17]!;
      }
      const r = k * ROW;
      out[r] = out[r]! + a0; out[r + 1] = out[r + 1]! + a1; out[r + 2] = out[r + 2]! + a2; out[r + 3] = out[r + 3]! + a3;
      out[r + 4] = out[r + 4]! + a4; out[r + 5] = out[r + 5]! + a5; out[r + 6] = out[r + 6]! + a6; out[r + 7] = out[r + 7]! + a7;
      out[r + 8] = out[r + 8]! + a8;
      out[r + 9] = out[r + 9]! + b0; out[r + 10] = out[r + 10]! + b1; out[r + 11] = out[r + 11]! + b2; out[r + 12] = out[r + 12]! + b3;
      out[r + 13] = out[r + 13]! + b4; out[r + 14] = out[r + 14]! + b5; out[r + 15] = out[r + 15]! + b6; out[r + 16] = out[r + 16]! + b7;
      out[r + 17] = out[r + 17]! + b8;
    }
  }

}

/** One stage's weights over a shared KeyTable. */
export class PackedWeights implements Scorer {
  private readonly weights: Int16Array; // the table's, offset to this stage's columns

  /** Stage `stage` (0 or 1) of `table`. */
  constructor(readonly table: KeyTable, stage: number) {
    this.weights = table.weights.subarray(stage * N_TAGS);
  }

  add(key: number, scores: Float64Array): void {
    const slot = this.table.slot(key);
    if (slot < 0) return;
    const w = this.weights;
    const o = slot * ROW;
    for (let t = 0; t < N_TAGS; t++) scores[t] = scores[t]! + w[o + t]!;
  }

  /** add() for keys[from, from + count). */
  addAll(keys: Uint32Array, from: number, count: number, scores: Float64Array): void {
    const table = this.table;
    const w = this.weights;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let f = from, end = from + count; f < end; f++) {
      const slot = table.slot(keys[f]!);
      if (slot < 0) continue;
      const o = slot * ROW;
      s0 += w[o]!; s1 += w[o + 1]!; s2 += w[o + 2]!; s3 += w[o + 3]!; s4 += w[o + 4]!;
      s5 += w[o + 5]!; s6 += w[o + 6]!; s7 += w[o + 7]!; s8 += w[o + 8]!;
    }
    scores[0] = scores[0]! + s0; scores[1] = scores[1]! + s1; scores[2] = scores[2]! + s2;
    scores[3] = scores[3]! + s3; scores[4] = scores[4]! + s4; scores[5] = scores[5]! + s5;
    scores[6] = scores[6]! + s6; scores[7] = scores[7]! + s7; scores[8] = scores[8]! + s8;
  }
}
