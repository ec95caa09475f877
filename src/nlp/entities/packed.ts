// Run-time weights: one open-addressing table whose slots hold the feature key and its nine 16-bit
// weights side by side, so a lookup touches one cache line. Scores stay in the stored units: the best
// tag is the same at any positive scale, and each stage decides on its own scores.
import type { Scorer } from './tagger.js';
import { N_TAGS } from './tagger.js';

const SLOT_WORDS = 6; // 1 key + 9 int16 weights (4.5 words), padded to 6 32-bit words
const SLOT_HALVES = SLOT_WORDS * 2;

export class PackedWeights implements Scorer {
  private readonly keys: Uint32Array;
  private readonly weights: Int16Array;
  private readonly mask: number;
  readonly size: number;

  /** `weights` holds N_TAGS values per key, in the order of `keys`. */
  constructor(keys: Uint32Array, weights: Int16Array) {
    let cap = 16;
    while (cap * 0.7 < keys.length) cap *= 2;
    const buf = new ArrayBuffer(cap * SLOT_WORDS * 4);
    this.keys = new Uint32Array(buf);
    this.weights = new Int16Array(buf);
    this.mask = cap - 1;
    this.size = keys.length;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]!;
      let i = key & this.mask;
      while (this.keys[i * SLOT_WORDS] !== 0 && this.keys[i * SLOT_WORDS] !== key) i = (i + 1) & this.mask;
      this.keys[i * SLOT_WORDS] = key;
      for (let t = 0; t < N_TAGS; t++) this.weights[i * SLOT_HALVES + 2 + t] = weights[r * N_TAGS + t]!;
    }
  }

  add(key: number, scores: Float64Array): void {
    const slot = this.slot(key);
    if (slot < 0) return;
    const w = this.weights;
    const o = slot * SLOT_HALVES + 2;
    for (let t = 0; t < N_TAGS; t++) scores[t] = scores[t]! + w[o + t]!;
  }

  /** The slot of `key`, or -1. */
  private slot(key: number): number {
    if (key === 0) return -1;
    const keys = this.keys;
    let i = key & this.mask;
    for (;;) {
      const k = keys[i * SLOT_WORDS]!;
      if (k === key) return i;
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** add() for keys[from, from + count), summing in locals (the tagger's hot loop). */
  addAll(keys: Uint32Array, from: number, count: number, scores: Float64Array): void {
    const w = this.weights;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let f = from, end = from + count; f < end; f++) {
      const slot = this.slot(keys[f]!);
      if (slot < 0) continue;
      const o = slot * SLOT_HALVES + 2;
      s0 += w[o]!; s1 += w[o + 1]!; s2 += w[o + 2]!; s3 += w[o + 3]!; s4 += w[o + 4]!;
      s5 += w[o + 5]!; s6 += w[o + 6]!; s7 += w[o + 7]!; s8 += w[o + 8]!;
    }
    scores[0] = scores[0]! + s0; scores[1] = scores[1]! + s1; scores[2] = scores[2]! + s2;
    scores[3] = scores[3]! + s3; scores[4] = scores[4]! + s4; scores[5] = scores[5]! + s5;
    scores[6] = scores[6]! + s6; scores[7] = scores[7]! + s7; scores[8] = scores[8]! + s8;
  }
}
