// Greedy left-to-right BIO tagging with an averaged-perceptron scorer: each token's tag is the best
// legal one given its static features, the two previous tags and the labels the same word got
// earlier in the document. Training drives the same loop through a `learn` callback.
import { featureKey } from './hash.js';
import { T_HISTORY, T_HISTORY_LOWER, T_PREV_TAG, T_PREV_TAG_LOWER, T_PREV_TAG_SHAPE, T_PREV_TAGS } from './features.js';
import { CAP_ALL, CAP_MIXED, CAP_TITLE, STATIC_FEATURES, type FeaturizedDoc } from './features.js';
import type { FeatureTable } from './table.js';

/** Entity classes of the model, in tag order: tag 0 is O, tag 2t+1 is B-type t, 2t+2 is I-type t. */
export const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export const N_TAGS = 1 + 2 * CLASSES.length;
const START = N_TAGS; // the "tag" before a sentence
export const DYNAMIC_FEATURES = 6;

export interface WeightSource {
  table: FeatureTable;
  /** Row r holds the weights of its feature for each tag at [r * N_TAGS, (r + 1) * N_TAGS). */
  weights: Float32Array | Float64Array;
}

/** Called for each token in training with its features, the gold tag and the predicted one. */
export type Learn = (keys: Uint32Array, offset: number, count: number, dynamic: Uint32Array, gold: number, predicted: number) => void;

export const tagClass = (tag: number): number => (tag - 1) >> 1;
export const isInside = (tag: number): boolean => tag > 0 && (tag & 1) === 0;

/** Add the weights of `key`'s row to `scores` (unknown keys and the empty key 0 add nothing). */
function addRow(table: FeatureTable, w: Float32Array | Float64Array, key: number, scores: Float64Array): void {
  if (key === 0) return;
  const row = table.find(key);
  if (row < 0) return;
  const o = row * N_TAGS;
  for (let t = 0; t < N_TAGS; t++) scores[t] = scores[t]! + w[o + t]!;
}

/** Tag every token of the document into `tags`; in training, `gold` and `learn` update the model. */
export function decode(doc: FeaturizedDoc, model: WeightSource, tags: Uint8Array, gold?: Uint8Array, learn?: Learn): void {
  const F = STATIC_FEATURES;
  const scores = new Float64Array(N_TAGS);
  const dyn = new Uint32Array(DYNAMIC_FEATURES);
  const history = new Int32Array(doc.words * (CLASSES.length + 1));
  const H = CLASSES.length + 1;
  const { keys, lower, shortShape, cap, wordId } = doc;
  for (let si = 0; si < doc.sentBegin.length; si++) {
    let p1 = START;
    let p2 = START;
    for (let k = doc.sentBegin[si]!, e = doc.sentEnd[si]!; k < e; k++) {
      scores.fill(0);
      const o = k * F;
      const table = model.table;
      const w = model.weights;
      for (let f = 0; f < F; f++) addRow(table, w, keys[o + f]!, scores);
      // Label history: the entity class the word got most often earlier in the document.
      const capitalised = cap[k] === CAP_TITLE || cap[k] === CAP_ALL || cap[k] === CAP_MIXED;
      let hist = 0;
      if (capitalised) {
        const h = wordId[k]! * H;
        let best = 0;
        for (let c = 1; c < H; c++) if (history[h + c]! > best) { best = history[h + c]!; hist = c; }
        if (!hist && history[h]! > 0) hist = H;
      }
      dyn[0] = featureKey(T_PREV_TAG, p1);
      dyn[1] = featureKey(T_PREV_TAGS, p1, p2);
      dyn[2] = featureKey(T_PREV_TAG_LOWER, p1, lower[k]!);
      dyn[3] = featureKey(T_PREV_TAG_SHAPE, p1, shortShape[k]!);
      dyn[4] = hist ? featureKey(T_HISTORY, hist, cap[k]!) : 0;
      dyn[5] = hist ? featureKey(T_HISTORY_LOWER, hist, lower[k]!) : 0;
      for (let f = 0; f < DYNAMIC_FEATURES; f++) addRow(table, w, dyn[f]!, scores);
      // Best legal tag: I-x only continues B-x or I-x.
      let best = 0;
      let bestScore = -Infinity;
      for (let t = 0; t < N_TAGS; t++) {
        if (isInside(t) && (p1 === START || p1 === 0 || tagClass(p1) !== tagClass(t))) continue;
        if (scores[t]! > bestScore) { bestScore = scores[t]!; best = t; }
      }
      if (learn && gold) learn(keys, o, F, dyn, gold[k]!, best);
      tags[k] = best;
      if (capitalised) history[wordId[k]! * H + (best === 0 ? 0 : tagClass(best) + 1)]!++;
      p2 = p1;
      p1 = best;
    }
  }
}

/** Entity chunks of a tag sequence as token ranges [begin, end) with their class. */
export function chunks(doc: FeaturizedDoc, tags: Uint8Array): { begin: number; end: number; cls: number }[] {
  const out: { begin: number; end: number; cls: number }[] = [];
  for (let si = 0; si < doc.sentBegin.length; si++) {
    const e = doc.sentEnd[si]!;
    let k = doc.sentBegin[si]!;
    while (k < e) {
      const t = tags[k]!;
      if (t === 0) { k++; continue; }
      const cls = tagClass(t);
      let j = k + 1;
      while (j < e && isInside(tags[j]!) && tagClass(tags[j]!) === cls) j++;
      out.push({ begin: k, end: j, cls });
      k = j;
    }
  }
  return out;
}
