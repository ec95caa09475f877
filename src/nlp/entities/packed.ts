// Run-time weights of both stages in one open-addressing table of feature keys (4 bytes a slot, small
// enough to stay in the core's cache while probing) beside each stage's nine 16-bit weights per slot,
// the two stages' side by side. One table for both stages means a token's static keys, which both
// stages use, are probed once (slots()), and the second stage finds most of its weight rows still in
// cache from the first; a key only one stage has carries zeros for the other, which add nothing. Scores stay in the stored units: the best tag is the same at any
// positive scale, and each stage decides on its own scores.
import type { Scorer } from './tagger.js';
import { N_TAGS } from './tagger.js';

const MAX_LOAD = 0.85; // linear probing stays short at this load, and the key array half the size

export const STAGES = 2;
const ROW = STAGES * N_TAGS;

export class KeyTable {
  readonly keys: Uint32Array;
  /** ROW weights per slot: stage 1's N_TAGS, then stage 2's. */
  readonly weights: Int16Array;
  private readonly mask: number;

  constructor(all: Uint32Array[]) {
    const distinct = new Set<number>();
    for (const a of all) for (const k of a) distinct.add(k);
    let cap = 16;
    while (cap * MAX_LOAD < distinct.size) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.weights = new Int16Array(cap * ROW);
    this.mask = cap - 1;
    for (const key of [...distinct].sort((a, b) => a - b)) {
      let i = key & this.mask;
      while (this.keys[i] !== 0) i = (i + 1) & this.mask;
      this.keys[i] = key;
    }
  }

  /** The slot of `key`, or -1. */
  slot(key: number): number {
    if (key === 0) return -1;
    const keys = this.keys;
    let i = key & this.mask;
    for (;;) {
      const k = keys[i]!;
      if (k === key) return i;
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** slot() of keys[from, from + count) into out[from, ...). */
  slots(keys: Uint32Array, from: number, count: number, out: Int32Array): void {
    for (let f = from, end = from + count; f < end; f++) out[f] = this.slot(keys[f]!);
  }
}

/** One stage's weights over a shared KeyTable. */
export class PackedWeights implements Scorer {
  private readonly weights: Int16Array; // the table's, offset to this stage's columns
  readonly size: number;

  /** Stage `stage` (0 or 1); `weights` holds N_TAGS values per key, in the order of `keys`. */
  constructor(readonly table: KeyTable, stage: number, keys: Uint32Array, weights: Int16Array) {
    this.weights = table.weights.subarray(stage * N_TAGS);
    this.size = keys.length;
    for (let r = 0; r < keys.length; r++) {
      const o = table.slot(keys[r]!) * ROW;
      for (let t = 0; t < N_TAGS; t++) this.weights[o + t] = weights[r * N_TAGS + t]!;
    }
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

  /** The weights of already-probed slots[from, from + count) (-1: no key) added to `scores`. */
  addSlots(slots: Int32Array, from: number, count: number, scores: Float64Array): void {
    const w = this.weights;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let f = from, end = from + count; f < end; f++) {
      const slot = slots[f]!;
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
