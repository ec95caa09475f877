// Run-time weights: one open-addressing table whose slots hold the feature key and its nine 16-bit
// weights side by side, so a lookup touches one cache line.
import type { Scorer } from './tagger.js';
import { N_TAGS } from './tagger.js';

const SLOT_WORDS = 6; // 1 key + 9 int16 weights (4.5 words), padded to 6 32-bit words
const SLOT_HALVES = SLOT_WORDS * 2;

export class PackedWeights implements Scorer {
  private readonly keys: Uint32Array;
  private readonly weights: Int16Array;
  private readonly mask: number;
  readonly size: number;

  /** `weights` holds N_TAGS values per key, in the order of `keys`; real weight = value * scale. */
  constructor(keys: Uint32Array, weights: Int16Array, readonly scale: number) {
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
    if (key === 0) return;
    const keys = this.keys;
    let i = key & this.mask;
    for (;;) {
      const k = keys[i * SLOT_WORDS]!;
      if (k === key) {
        const w = this.weights;
        const o = i * SLOT_HALVES + 2;
        const scale = this.scale;
        for (let t = 0; t < N_TAGS; t++) scores[t] = scores[t]! + w[o + t]! * scale;
        return;
      }
      if (k === 0) return;
      i = (i + 1) & this.mask;
    }
  }
}
