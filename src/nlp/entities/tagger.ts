// Greedy left-to-right BIO tagging with an averaged-perceptron scorer: each token's tag is the best
// legal one given its static features, the two previous tags and the labels the same word got
// earlier in the document. Training drives the same loop through a `learn` callback.
import { Ch, codeAt } from './chars.js';
import { featureKey, keyHead, keyOf } from './hash.js';
import { T_HISTORY, T_HISTORY_LOWER, T_PREV_TAG, T_PREV_TAG_LOWER, T_PREV_TAG_SHAPE, T_PREV_TAGS } from './features.js';
import { CAP_ALL, CAP_MIXED, CAP_TITLE, STATIC_FEATURES, type FeaturizedDoc } from './features.js';

/** Entity classes of the model, in tag order: tag 0 is O, tag 2t+1 is B-type t, 2t+2 is I-type t. */
export const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export const N_TAGS = 1 + 2 * CLASSES.length;
const START = N_TAGS; // the "tag" before a sentence
export const DYNAMIC_FEATURES = 6;

/** Adds a feature's weight for every tag to `scores` (an unknown key adds nothing). */
export interface Scorer {
  add(key: number, scores: Float64Array): void;
  /** add() for each of keys[from, from + count). */
  addAll(keys: Uint32Array, from: number, count: number, scores: Float64Array): void;
}

/** Called for each token in training with its features, the gold tag and the predicted one. */
export type Learn = (token: number, dynamic: Uint32Array, gold: number, predicted: number) => void;

export const tagClass = (tag: number): number => (tag - 1) >> 1;
export const isInside = (tag: number): boolean => tag > 0 && (tag & 1) === 0;

export interface DecodeOptions {
  /** How many of each token's static keys to use (the first stage uses fewer); all by default. */
  features?: number;
  /** Further keys per token (the second stage's votes), `extraCount` per token. */
  extra?: Uint32Array | null;
  extraCount?: number;
  /** Scores each token starts from (the cached weights of its word-only keys): N_TAGS values at
   * base[baseRow[k] * baseStride + baseOffset]. */
  base?: Float64Array;
  baseRow?: Int32Array;
  baseStride?: number;
  baseOffset?: number;
  /** Recognition: the weights of the tag-only dynamic keys, precomputed (tagOnlyWeights) for `model`. */
  tagOnly?: TagOnlyWeights | null;
  /** Recognition: tokens tagged O without scoring (plainTokens()). */
  plain?: Uint8Array | null;
  /** Training: gold tags and the update callback. */
  gold?: Uint8Array;
  learn?: Learn;
}

const CAPS = 6; // capitalisation classes (CAP_*)
const H = CLASSES.length + 1; // label-history values: an entity class, or H for "not an entity"

/**
 * The summed weights of the dynamic keys that depend on the decisions alone, per combination: the
 * previous tag and the two previous tags (prevTags, N_TAGS a row at (p1 * (START + 1) + p2)), and
 * the label history with the capitalisation (history, at ((hist - 1) * CAPS + cap)). The decoder then
 * reads a row instead of hashing and probing two or three keys a token; the rows are whole numbers, so
 * the scores are the same.
 */
export interface TagOnlyWeights {
  prevTags: Float64Array;
  history: Float64Array;
}

export function tagOnlyWeights(model: Scorer): TagOnlyWeights {
  const prevTags = new Float64Array((START + 1) * (START + 1) * N_TAGS);
  const history = new Float64Array(H * CAPS * N_TAGS);
  const row = new Float64Array(N_TAGS);
  for (let p1 = 0; p1 <= START; p1++) {
    for (let p2 = 0; p2 <= START; p2++) {
      row.fill(0);
      model.add(featureKey(T_PREV_TAG, p1), row);
      model.add(featureKey(T_PREV_TAGS, p1, p2), row);
      prevTags.set(row, (p1 * (START + 1) + p2) * N_TAGS);
    }
  }
  for (let hist = 1; hist <= H; hist++) {
    for (let cap = 0; cap < CAPS; cap++) {
      row.fill(0);
      model.add(featureKey(T_HISTORY, hist, cap), row);
      history.set(row, ((hist - 1) * CAPS + cap) * N_TAGS);
    }
  }
  return { prevTags, history };
}

// The keyHead()s of the dynamic keys of a previous tag or a label history with a word or shape.
const PREV_TAG_LOWER_HEADS = Int32Array.from({ length: START + 1 }, (_, p) => keyHead(T_PREV_TAG_LOWER, p));
const PREV_TAG_SHAPE_HEADS = Int32Array.from({ length: START + 1 }, (_, p) => keyHead(T_PREV_TAG_SHAPE, p));
const HISTORY_LOWER_HEADS = Int32Array.from({ length: H + 1 }, (_, h) => keyHead(T_HISTORY_LOWER, h));

const EMPTY = new Float64Array(0);
const NO_KEYS = new Uint32Array(0);

/** Tag every token of the document into `tags`. */
export function decode(doc: FeaturizedDoc, model: Scorer, tags: Uint8Array, opts: DecodeOptions = {}): void {
  const { features = STATIC_FEATURES, extra = null, extraCount = 0, gold, learn, base, baseRow, baseStride = 0, baseOffset = 0, tagOnly = null, plain = null } = opts;
  const F = doc.keysPerToken;
  const extraKeys = extra ?? NO_KEYS;
  const extraN = extra ? extraCount : 0;
  const scores = new Float64Array(N_TAGS);
  const dyn = new Uint32Array(DYNAMIC_FEATURES);
  const history = new Int32Array(doc.words * H);
  const { keys, lower, shortShape, cap, wordId } = doc;
  // The tag-only rows in locals: read through `tagOnly` for each tag they were the decoder's hottest line.
  const prevTagRows = tagOnly ? tagOnly.prevTags : EMPTY;
  const historyRows = tagOnly ? tagOnly.history : EMPTY;
  for (let si = 0; si < doc.sentBegin.length; si++) {
    let p1 = START;
    let p2 = START;
    for (let k = doc.sentBegin[si]!, e = doc.sentEnd[si]!; k < e; k++) {
      if (plain !== null && plain[k] === 1) {
        // Not capitalised: no label history to keep.
        tags[k] = 0;
        p2 = p1;
        p1 = 0;
        continue;
      }
      if (base && baseRow) {
        const r = baseRow[k]! * baseStride + baseOffset;
        for (let t = 0; t < N_TAGS; t++) scores[t] = base[r + t]!;
      } else scores.fill(0);
      const o = k * F;
      if (features > 0) model.addAll(keys, o, features, scores);
      // Called with no keys when there are none (the first stage), not skipped: the first document's
      // first stage compiled decode (OSR) without feedback for this call, and the second stage's first
      // token deoptimised it, a recompile of the decoder on every worker.
      model.addAll(extraKeys, k * extraN, extraN, scores);
      // Label history: the entity class the word got most often earlier in the document.
      const capitalised = cap[k] === CAP_TITLE || cap[k] === CAP_ALL || cap[k] === CAP_MIXED;
      let hist = 0;
      if (capitalised) {
        const h = wordId[k]! * H;
        let best = 0;
        for (let c = 1; c < H; c++) if (history[h + c]! > best) { best = history[h + c]!; hist = c; }
        if (!hist && history[h]! > 0) hist = H;
      }
      if (tagOnly) {
        // The tag-only keys' rows instead of dyn[0], dyn[1] and dyn[4].
        const r = (p1 * (START + 1) + p2) * N_TAGS;
        const hr = hist ? ((hist - 1) * CAPS + cap[k]!) * N_TAGS : -1;
        if (hr < 0) for (let t = 0; t < N_TAGS; t++) scores[t] = scores[t]! + prevTagRows[r + t]!;
        else for (let t = 0; t < N_TAGS; t++) scores[t] = scores[t]! + prevTagRows[r + t]! + historyRows[hr + t]!;
        dyn[0] = 0;
        dyn[1] = 0;
        dyn[4] = 0;
      } else {
        dyn[0] = featureKey(T_PREV_TAG, p1);
        dyn[1] = featureKey(T_PREV_TAGS, p1, p2);
        dyn[4] = hist ? featureKey(T_HISTORY, hist, cap[k]!) : 0;
      }
      // featureKey(T_PREV_TAG_LOWER, p1, lower), (T_PREV_TAG_SHAPE, p1, shape), (T_HISTORY_LOWER, hist, lower).
      dyn[2] = keyOf(PREV_TAG_LOWER_HEADS[p1]!, lower[k]!);
      dyn[3] = keyOf(PREV_TAG_SHAPE_HEADS[p1]!, shortShape[k]!);
      dyn[5] = hist ? keyOf(HISTORY_LOWER_HEADS[hist]!, lower[k]!) : 0;
      model.addAll(dyn, 0, DYNAMIC_FEATURES, scores);
      // Best legal tag: I-x only continues B-x or I-x.
      let best = 0;
      let bestScore = -Infinity;
      for (let t = 0; t < N_TAGS; t++) {
        if (isInside(t) && (p1 === START || p1 === 0 || tagClass(p1) !== tagClass(t))) continue;
        if (scores[t]! > bestScore) { bestScore = scores[t]!; best = t; }
      }
      if (learn && gold) learn(k, dyn, gold[k]!, best);
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
      // A possessive ending is not part of the name ("Rotor's" -> "Rotor").
      const last = j - 1;
      const possessive = last > k && doc.ends[last]! - doc.starts[last]! === 2 && (codeAt(doc.text, doc.starts[last]!) === Ch.apostrophe || codeAt(doc.text, doc.starts[last]!) === Ch.rightQuote);
      out.push({ begin: k, end: possessive ? last : j, cls });
      k = j;
    }
  }
  return out;
}

// Second-stage templates: what the first stage said about this token and about the same word
// elsewhere in the document (stacking, so one document's mentions of "Magna" agree).
const V_OWN = 60;
const V_NEIGHBOURS = 61;
const V_MAJORITY = 62;
const V_MAJORITY_OWN = 63;
const V_SHARE = 64;
const V_LONGEST = 65;
const V_CONTEXT_PREV = 66;
const V_CONTEXT_NEXT = 67;
const CONTEXTS = 2; // earlier or later occurrences whose neighbours a token sees
export const VOTE_FEATURES = 6 + 2 * CONTEXTS;

/** Second-stage keys per token from the first stage's tags. */
export function voteKeys(doc: FeaturizedDoc, tags: Uint8Array): Uint32Array {
  const H = CLASSES.length + 1;
  const counts = new Int32Array(doc.words * H);
  const longest = new Int32Array(doc.words * 2); // per word: length and class+1 of the longest chunk holding it
  const { cap, wordId } = doc;
  for (let k = 0; k < doc.n; k++) {
    if (cap[k] === CAP_TITLE || cap[k] === CAP_ALL || cap[k] === CAP_MIXED) counts[wordId[k]! * H + (tags[k] ? tagClass(tags[k]!) + 1 : 0)]!++;
  }
  for (const c of chunks(doc, tags)) {
    for (let k = c.begin; k < c.end; k++) {
      const w = wordId[k]!;
      if (c.end - c.begin > longest[w * 2]!) { longest[w * 2] = c.end - c.begin; longest[w * 2 + 1] = c.cls + 1; }
    }
  }
  // The neighbours of a word's first occurrences: "shares of Pirelli" once tells about every "Pirelli".
  const seenAt = new Int32Array(doc.words * CONTEXTS).fill(-1);
  for (let si = 0; si < doc.sentBegin.length; si++) {
    for (let k = doc.sentBegin[si]!; k < doc.sentEnd[si]!; k++) {
      const w = wordId[k]! * CONTEXTS;
      for (let c = 0; c < CONTEXTS; c++) if (seenAt[w + c] === -1) { seenAt[w + c] = k; break; }
    }
  }
  const sentenceOf = new Int32Array(doc.n);
  for (let si = 0; si < doc.sentBegin.length; si++) for (let k = doc.sentBegin[si]!; k < doc.sentEnd[si]!; k++) sentenceOf[k] = si;
  const out = new Uint32Array(doc.n * VOTE_FEATURES);
  for (let si = 0; si < doc.sentBegin.length; si++) {
    const b = doc.sentBegin[si]!;
    const e = doc.sentEnd[si]!;
    for (let k = b; k < e; k++) {
      if (doc.plain[k] === 1) continue; // not decoded
      const own = tags[k]!;
      const o = k * VOTE_FEATURES;
      out[o] = featureKey(V_OWN, own);
      out[o + 1] = featureKey(V_NEIGHBOURS, k > b ? tags[k - 1]! : START, own, k + 1 < e ? tags[k + 1]! : START);
      const capitalised = cap[k] === CAP_TITLE || cap[k] === CAP_ALL || cap[k] === CAP_MIXED;
      if (!capitalised) continue;
      const h = wordId[k]! * H;
      const ownClass = own ? tagClass(own) + 1 : 0;
      let total = 0;
      let best = -1;
      let bestCount = 0;
      for (let c = 0; c < H; c++) {
        const n = counts[h + c]! - (c === ownClass ? 1 : 0);
        total += n;
        if (n > bestCount) { bestCount = n; best = c; }
      }
      if (best >= 0) {
        out[o + 2] = featureKey(V_MAJORITY, best, cap[k]!);
        out[o + 3] = featureKey(V_MAJORITY_OWN, best, own);
        out[o + 4] = featureKey(V_SHARE, best, Math.round((4 * bestCount) / total));
      }
      const lw = wordId[k]! * 2;
      if (longest[lw + 1]) out[o + 5] = featureKey(V_LONGEST, longest[lw + 1]!, Math.min(longest[lw]!, 4), own);
      for (let c = 0; c < CONTEXTS; c++) {
        const j = seenAt[wordId[k]! * CONTEXTS + c]!;
        if (j < 0 || j === k) continue;
        const js = sentenceOf[j]!;
        if (j > doc.sentBegin[js]!) out[o + 6 + 2 * c] = featureKey(V_CONTEXT_PREV, doc.lower[j - 1]!);
        if (j + 1 < doc.sentEnd[js]!) out[o + 7 + 2 * c] = featureKey(V_CONTEXT_NEXT, doc.lower[j + 1]!);
      }
    }
  }
  return out;
}
