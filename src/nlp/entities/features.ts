// The entity tagger's features, one readable idea per template: the word itself, its lower-case form,
// shape, prefixes and suffixes, its neighbours, its place in the sentence, headline capitals,
// gazetteer lists, and what the rest of the document says about the same word. Each feature is a
// 32-bit key (template number + hashed values); the static ones are computed once per token here, the
// ones that depend on earlier decisions (previous tags, earlier labels of the word) in the tagger.
import type { Span } from '../../core/document.js';
import { tokenize, type Tokens } from '../tokenize.js';
import { DIGIT, FNV_OFFSET, LOWER, OTHER, UPPER, charClass, charClasses, featureKey, fmix, hashRange, hashStep, lowerCodes } from './hash.js';
import { GAZ_CLASSES, type Gazetteer, markGazetteer } from './gazetteer.js';
import { CAP_ALL, CAP_DIGIT, CAP_MIXED, CAP_NONE, CAP_PUNCT, CAP_TITLE } from './caps.js';
import { plainTokens } from './plain.js';

// Static templates: a const enum, so the numbers are written into the code (a property read of a
// template object on a path not yet run deoptimised the compiled key loop).
const enum T {
  bias = 0, word = 1, lower = 2, shape = 3, shortShape = 4, prefix = 5, suffix = 6, prevLower = 7,
  nextLower = 8, prev2Lower = 9, next2Lower = 10, prevShape = 11, nextShape = 12, shapeTrigram = 13,
  prevBigram = 14, nextBigram = 15, sentenceStart = 16, headline = 17, gazHere = 18, gazPrev = 19,
  gazNext = 20, docCase = 21, prevLowerShape = 22, shapeNextLower = 23, prevSuffix = 24, length = 25,
  topicShape = 26, topicWord = 27, tableLine = 28, capWindow = 29, topicGaz = 30, leftBag = 31,
  rightBag = 32, nameHead = 33, nameFirst = 34, signature = 35, prevSignature = 36, nextSignature = 37,
}
// Dynamic templates (used by the tagger).
export const T_PREV_TAG = 40;
export const T_PREV_TAGS = 41;
export const T_PREV_TAG_LOWER = 42;
export const T_PREV_TAG_SHAPE = 43;
export const T_HISTORY = 44;
export const T_HISTORY_LOWER = 45;

const GAZ_SLOTS_HERE = 4;
const GAZ_SLOTS_NEAR = 2;
/** Static feature keys per token (unused slots are 0). */
export const STATIC_FEATURES = 44 + GAZ_SLOTS_HERE + 2 * GAZ_SLOTS_NEAR;
/** The first stage, which only has to give the second a draft, uses the first this many (cheaper). */
export const STAGE1_FEATURES = 28 + GAZ_SLOTS_HERE;
/** How many of a token's first keys depend on the word alone; the stage-2 ones follow (WORD_KEYS). */
export const WORD_KEYS_STAGE1 = 12;
/** All word-only keys: the stage-1 ones, `length` and the three signature keys. */
export const WORD_KEYS = WORD_KEYS_STAGE1 + 4;
/** The neighbour-word keys of a word (see neighbourKeys). */
export const NEIGHBOUR_KEYS = 6;
/** The first four go to both stages (featurize writes them among the first STAGE1_FEATURES), the bags to the second only. */
export const NEIGHBOUR_KEYS_BOTH = 4;
/** A token's key slots from neighbour words: one each for the first four, two words in each bag. */
const NEIGHBOUR_SLOTS = NEIGHBOUR_KEYS_BOTH + 2 * (NEIGHBOUR_KEYS - NEIGHBOUR_KEYS_BOTH);
// Recognition's layout leaves out the keys it takes from per-word caches (the word-only and the
// neighbour-word ones): a token's keys are then CONTEXT_FEATURES, the first CONTEXT_STAGE1 of them
// the first stage's.
export const CONTEXT_FEATURES = STATIC_FEATURES - WORD_KEYS - NEIGHBOUR_SLOTS;
export const CONTEXT_STAGE1 = STAGE1_FEATURES - WORD_KEYS_STAGE1 - NEIGHBOUR_KEYS_BOTH;

export { CAP_ALL, CAP_DIGIT, CAP_MIXED, CAP_NONE, CAP_PUNCT, CAP_TITLE };

/** A document ready for tagging: tokens, per-token values and static feature keys. */
export interface FeaturizedDoc {
  text: string;
  n: number;
  starts: number[];
  ends: number[];
  /** Token ranges of sentences: sentence s is tokens [sentBegin[s], sentEnd[s]). */
  sentBegin: number[];
  sentEnd: number[];
  /** Per token: the hash of its exact characters (hashRange(text, start, end, false)), and of its lower-case form. */
  word: Uint32Array;
  lower: Uint32Array;
  shortShape: Uint32Array;
  cap: Uint8Array;
  /** Document-local word number (same lower-case word, same number), for label history. */
  wordId: Int32Array;
  words: number;
  /** Per token, 1 where recognition tags it O unscored (plainTokens; none in the full layout, which training uses). */
  plain: Uint8Array;
  /** Static keys, keysPerToken a token (STATIC_FEATURES, or CONTEXT_FEATURES without the cached ones), the first stage1Keys the first stage's. */
  keys: Uint32Array;
  keysPerToken: number;
  stage1Keys: number;
}

function capClass(text: string, start: number, end: number): number {
  const first = charClass(text.charCodeAt(start));
  let upper = 0;
  let lower = 0;
  for (let i = start; i < end; i++) {
    const c = charClass(text.charCodeAt(i));
    if (c === UPPER) upper++;
    else if (c === LOWER) lower++;
  }
  return capOf(first, upper, lower);
}

/** The capitalisation class of a word from its first character's class and its upper- and lower-case letter counts. */
function capOf(first: number, upper: number, lower: number): number {
  if (first === DIGIT) return CAP_DIGIT;
  if (upper === 0 && lower === 0) return CAP_PUNCT;
  if (first === UPPER) return lower === 0 ? CAP_ALL : upper === 1 ? CAP_TITLE : CAP_MIXED;
  if (first === OTHER) return upper > 0 ? (lower === 0 ? CAP_ALL : CAP_TITLE) : CAP_NONE;
  return upper > 0 ? CAP_MIXED : CAP_NONE;
}

const SHAPE_SYMBOL = [0, 88, 120, 100, 0]; // -, X, x, d, (the character itself)

/** Word shape ("Xxxx", "X.X.", "dd-dd"): runs longer than four are cut; `short` collapses every run. */
function shapeHash(text: string, start: number, end: number, short: boolean): number {
  let h = FNV_OFFSET;
  let last = -1;
  let run = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    const sym = cls === OTHER ? code : SHAPE_SYMBOL[cls]!;
    if (sym === last) {
      run++;
      if (short || run >= 4) continue;
    } else {
      run = 0;
      last = sym;
    }
    h = hashStep(h, sym);
  }
  return fmix(h);
}

/** Split the sentences into tokens: the document's token layer. */
export function tokenizeSentences(text: string, sentences: readonly Span[]): { tokens: Tokens; sentBegin: number[]; sentEnd: number[] } {
  const tokens: Tokens = { starts: [], ends: [] };
  const sentBegin: number[] = [];
  const sentEnd: number[] = [];
  for (const s of sentences) {
    const b = tokens.starts.length;
    tokenize(text, s.start, s.end, tokens);
    if (tokens.starts.length > b) {
      sentBegin.push(b);
      sentEnd.push(tokens.starts.length);
    }
  }
  return { tokens, sentBegin, sentEnd };
}

const L_OF = hashRange('of', 0, 2, true);
const L_AMP = hashRange('&', 0, 1, true);

const DOC_TITLE_MID = 1; // seen capitalised inside a normal sentence
const DOC_LOWER = 2; // seen in lower case
const DOC_UPPER_MID = 4; // seen in capitals inside a normal sentence

// Key buffer reused from one document to the next when the caller is done with the previous one
// (recognition), so a long run does not allocate and collect ~200 bytes per token.
let scratchKeys = new Uint32Array(0);

// featurize runs in phases, one function each: TurboFan compiled it as one unit of ~600 ms, and each
// deoptimisation on a rare path (the first capitals headline, the first topic) recompiled all of it.

/** Per-token hashes and capitalisation, from one pass over each token's characters. */
interface TokenValues {
  word: Uint32Array;
  lower: Uint32Array;
  shortShape: Uint32Array;
  suffix3: Uint32Array;
  /** The lower-case prefixes of 1..3 characters, three per token. */
  prefixes: Uint32Array;
  cap: Uint8Array;
  capitalised: Uint8Array;
}

function tokenValues(text: string, starts: readonly number[], ends: readonly number[]): TokenValues {
  const n = starts.length;
  const word = new Uint32Array(n);
  const lower = new Uint32Array(n);
  const shortShape = new Uint32Array(n);
  const suffix3 = new Uint32Array(n);
  const prefixes = new Uint32Array(n * 3);
  const cap = new Uint8Array(n);
  const capitalised = new Uint8Array(n);
  const lowerOf = lowerCodes();
  const classOf = charClasses();
  for (let k = 0; k < n; k++) {
    const s = starts[k]!;
    const e = ends[k]!;
    // One pass over the characters: the exact and lower-case hashes, the lower-case prefixes (same
    // values as hashRange over the prefix), the short shape (as shapeHash(.., true): every run of a
    // symbol collapsed) and the letter counts of capClass.
    let hw = FNV_OFFSET;
    let hl = FNV_OFFSET;
    let hs = FNV_OFFSET;
    let last = -1;
    let upper = 0;
    let lowers = 0;
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      hw = hashStep(hw, c);
      hl = hashStep(hl, lowerOf[c]!);
      if (i - s < 3) prefixes[k * 3 + i - s] = fmix(hl);
      const cls = classOf[c]!;
      if (cls === UPPER) upper++;
      else if (cls === LOWER) lowers++;
      const sym = cls === OTHER ? c : SHAPE_SYMBOL[cls]!;
      if (sym !== last) {
        hs = hashStep(hs, sym);
        last = sym;
      }
    }
    word[k] = fmix(hw);
    lower[k] = fmix(hl);
    shortShape[k] = fmix(hs);
    suffix3[k] = hashRange(text, Math.max(s, e - 3), e, true);
    const capK = capOf(classOf[text.charCodeAt(s)]!, upper, lowers);
    cap[k] = capK;
    capitalised[k] = capK === CAP_TITLE || capK === CAP_ALL || capK === CAP_MIXED ? 1 : 0;
  }
  return { word, lower, shortShape, suffix3, prefixes, cap, capitalised };
}

/** Marks each sentence's first token, and the tokens of headlines: sentences whose words are all in capitals. */
function markHeadlines(cap: Uint8Array, sentBegin: readonly number[], sentEnd: readonly number[], initial: Uint8Array, headline: Uint8Array): void {
  for (let si = 0; si < sentBegin.length; si++) {
    const b = sentBegin[si]!;
    const e = sentEnd[si]!;
    initial[b] = 1;
    let caps = 0;
    let lowers = 0;
    for (let k = b; k < e; k++) {
      if (cap[k] === CAP_ALL) caps++;
      else if (cap[k] === CAP_TITLE || cap[k] === CAP_NONE || cap[k] === CAP_MIXED) lowers++;
    }
    if (caps >= 2 && lowers === 0) headline.fill(1, b, e);
  }
}

/**
 * A local number per distinct lower-case hash into `wordId`; returns the number of distinct words. An
 * open-addressing table of typed arrays, not a Map: most hashes are above the small-integer range, and
 * a Map boxed each of them (an allocation per token).
 */
function numberWords(lower: Uint32Array, wordId: Int32Array): number {
  const n = lower.length;
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size); // 1 + word number, 0 when empty
  const hashOf = new Uint32Array(n);
  let words = 0;
  for (let k = 0; k < n; k++) {
    const h = lower[k]!;
    let j = h & mask;
    for (;;) {
      const id = slots[j]! - 1;
      if (id < 0) {
        hashOf[words] = h;
        slots[j] = ++words;
        wordId[k] = words - 1;
        break;
      }
      if (hashOf[id] === h) {
        wordId[k] = id;
        break;
      }
      j = (j + 1) & mask;
    }
  }
  return words;
}

/** Document-wide: how each word is written elsewhere (DOC_* flags by word number). */
function documentCase(v: TokenValues, initial: Uint8Array, headline: Uint8Array, wordId: Int32Array, words: number): Uint8Array {
  const { cap } = v;
  const docCase = new Uint8Array(words);
  for (let k = 0; k < cap.length; k++) {
    if (headline[k]) continue;
    const flag = cap[k] === CAP_NONE ? DOC_LOWER : initial[k] ? 0 : cap[k] === CAP_TITLE ? DOC_TITLE_MID : cap[k] === CAP_ALL ? DOC_UPPER_MID : 0;
    docCase[wordId[k]!] = docCase[wordId[k]!]! | flag;
  }
  return docCase;
}

/**
 * Capitalised runs, joined over "of" and "&" between capitalised words (not "and", which more often
 * lists two names than joins one): token k is in [runStart[k], runEnd[k]).
 */
function markRuns(v: TokenValues, sentBegin: readonly number[], sentEnd: readonly number[], runStart: Int32Array, runEnd: Int32Array): void {
  const { capitalised, lower } = v;
  for (let si = 0; si < sentBegin.length; si++) {
    const b = sentBegin[si]!;
    const e = sentEnd[si]!;
    let k = b;
    while (k < e) {
      if (!capitalised[k]) {
        k++;
        continue;
      }
      let j = k + 1;
      for (;;) {
        if (j < e && capitalised[j]) j++;
        else if (j + 1 < e && capitalised[j + 1] && (lower[j] === L_OF || lower[j] === L_AMP)) j += 2;
        else break;
      }
      for (let x = k; x < j; x++) {
        runStart[x] = k;
        runEnd[x] = j;
      }
      k = j;
    }
  }
}

/** A zeroed key array for n tokens: the shared scratch buffer with `reuseKeys`, a new one otherwise. */
function keyBuffer(n: number, perToken: number, reuseKeys: boolean): Uint32Array {
  const size = n * perToken;
  if (!reuseKeys) return new Uint32Array(size);
  if (scratchKeys.length < size) scratchKeys = new Uint32Array(Math.max(size, scratchKeys.length * 2));
  const keys = scratchKeys.subarray(0, size);
  keys.fill(0);
  return keys;
}

/** What the static keys of a sentence's tokens are made of (one object per document). */
interface KeyInputs {
  text: string;
  starts: readonly number[];
  ends: readonly number[];
  v: TokenValues;
  initial: Uint8Array;
  headline: Uint8Array;
  /** DOC_* flags per word number. */
  docCase: Uint8Array;
  wordId: Int32Array;
  gazBegin: Uint32Array;
  gazInside: Uint32Array;
  sig: Uint32Array;
  runStart: Int32Array;
  runEnd: Int32Array;
  /** The document's topic word (lower-case hash), or 0. */
  topic: number;
  /** Tokens whose context keys are not written (recognition's plain tokens; all 0 in training). */
  plain: Uint8Array;
  wordKeysToo: boolean;
  keys: Uint32Array;
}

/** The lower-case hash a missing neighbour (before or after the sentence) stands for. */
export const NONE = 0x5bd1e995;

/**
 * Where each static key goes among a token's keys, in the order featurize has always written them;
 * with `wordKeysToo` the word-only and neighbour-word keys are in their places too (STATIC_FEATURES),
 * without them they are left out (CONTEXT_FEATURES).
 */
interface KeyPlaces {
  /** Keys per token in this layout (STATIC_FEATURES or CONTEXT_FEATURES). */
  stride: number;
  bias: number; word: number; lower: number; shape: number; shortShape: number; prefix: number; suffix: number;
  prevLower: number; nextLower: number; prev2Lower: number; next2Lower: number;
  prevShape: number; nextShape: number; shapeTrigram: number; prevBigram: number; nextBigram: number; sentenceStart: number;
  headline: number; docCase: number; gazHere: number; topicShape: number; topicWord: number; tableLine: number; capWindow: number;
  prevLowerShape: number; shapeNextLower: number; prevSuffix: number; length: number; topicGaz: number; bags: number;
  gazPrev: number; gazNext: number; nameHead: number; nameFirst: number; signature: number; prevSignature: number; nextSignature: number;
}

function keyPlaces(wordKeysToo: boolean): KeyPlaces {
  let o = 0;
  // A key's place, and the next one `count` places on; -1 for a key this layout leaves out.
  const at = (count: number, kept = true): number => {
    if (!kept) return -1;
    o += count;
    return o - count;
  };
  const w = wordKeysToo;
  const places = {
    bias: at(1, w), word: at(1, w), lower: at(1, w), shape: at(1, w), shortShape: at(1, w), prefix: at(3, w), suffix: at(4, w),
    prevLower: at(1, w), nextLower: at(1, w), prev2Lower: at(1, w), next2Lower: at(1, w),
    prevShape: at(1), nextShape: at(1), shapeTrigram: at(1), prevBigram: at(1), nextBigram: at(1), sentenceStart: at(1),
    headline: at(1), docCase: at(1), gazHere: at(GAZ_SLOTS_HERE), topicShape: at(1), topicWord: at(1), tableLine: at(1), capWindow: at(1),
    prevLowerShape: at(1), shapeNextLower: at(1), prevSuffix: at(1), length: at(1, w), topicGaz: at(1), bags: at(4, w),
    gazPrev: at(GAZ_SLOTS_NEAR), gazNext: at(GAZ_SLOTS_NEAR), nameHead: at(1), nameFirst: at(1), signature: at(3, w), prevSignature: at(1), nextSignature: at(1),
  };
  if (o !== (wordKeysToo ? STATIC_FEATURES : CONTEXT_FEATURES) || places.prevLowerShape !== (wordKeysToo ? STAGE1_FEATURES : CONTEXT_STAGE1)) throw new Error('entity features: key layout out of step');
  return { stride: o, ...places };
}

const ALL_PLACES = keyPlaces(true);
const CONTEXT_PLACES = keyPlaces(false);

// The static keys of a sentence's tokens are written by several small functions, a few keys each,
// one pass over the sentence apiece: featureKey is then inlined at every call (one function holding
// every template exceeded TurboFan's inlining budget, and each call it did not inline boxed its hash
// arguments and its result as heap numbers, a few allocations per key). A rare case (a headline, a
// topic) has its own function, called only when it occurs.

/** The static keys of the tokens of the sentence [b, e). */
function sentenceKeys(d: KeyInputs, b: number, e: number): void {
  const P = d.wordKeysToo ? ALL_PLACES : CONTEXT_PLACES;
  if (d.wordKeysToo) {
    wordOnlyKeys(d, P, b, e);
    wordShapeKeys(d, P, b, e);
    neighbourWordKeys(d, P, b, e);
    bagKeys(d, P, b, e);
    ownSignatureKeys(d, P, b, e);
  }
  shapeContextKeys(d, P, b, e);
  wordPairKeys(d, P, b, e);
  caseKeys(d, P, b, e);
  gazetteerKeys(d, P, b, e);
  nameKeys(d, P, b, e);
  if (d.headline[b]) headlineKeys(d, P, b, e); // a headline is a whole sentence
  if (d.topic) topicKeys(d, P, b, e);
}

/** The word-only keys: bias, the word, its lower-case form, its shape, length. */
function wordOnlyKeys(d: KeyInputs, P: KeyPlaces, b: number, e: number): void {
  const { text, starts, ends, keys } = d;
  const { word, lower, cap } = d.v;
  const F = P.stride;
  for (let k = b; k < e; k++) {
    const o = k * F;
    keys[o + P.bias] = featureKey(T.bias, 0);
    keys[o + P.word] = featureKey(T.word, word[k]!);
    keys[o + P.lower] = featureKey(T.lower, lower[k]!);
    keys[o + P.shape] = featureKey(T.shape, shapeHash(text, starts[k]!, ends[k]!, false));
    keys[o + P.length] = featureKey(T.length, Math.min(ends[k]! - starts[k]!, 12), cap[k]!);
  }
}

/** The word-only keys: short shape, prefixes, suffixes. */
function wordShapeKeys(d: KeyInputs, P: KeyPlaces, b: number, e: number): void {
  const { text, starts, ends, keys } = d;
  const { shortShape, prefixes } = d.v;
  const F = P.stride;
  for (let k = b; k < e; k++) {
    const o = k * F;
    const end = ends[k]!;
    const len = end - starts[k]!;
    keys[o + P.shortShape] = featureKey(T.shortShape, shortShape[k]!);
    for (let p = 1; p <= 3; p++) keys[o + P.prefix + p - 1] = len > p ? featureKey(T.prefix, p, prefixes[k * 3 + p - 1]!) : 0;
    for (let p = 1; p <= 4; p++) keys[o + P.suffix + p - 1] = len > p ? featureKey(T.suffix, p, hashRange(text, end - p, end, true)) : 0;
  }
}

/** The neighbour-word keys (see neighbourKeys): recognition adds their weights from a per-word cache. */
function neighbourWordKeys(d: KeyInputs, P: KeyPlaces, b: number, e: number): void {
  const { keys } = d;
  const { lower } = d.v;
  const F = P.stride;
  for (let k = b; k < e; k++) {
    const o = k * F;
    keys[o + P.prevLower] = featureKey(T.prevLower, k > b ? lower[k - 1]! : NONE);
    keys[o + P.nextLower] = featureKey(T.nextLower, k + 1 < e ? lower[k + 1]! : NONE);
    keys[o + P.prev2Lower] = featureKey(T.prev2Lower, k > b + 1 ? lower[k - 2]! : NONE);
    keys[o + P.next2Lower] = featureKey(T.next2Lower, k + 2 < e ? lower[k + 2]! : NONE);
  }
}

/** The bags of the words two or three before and after. */
function bagKeys(d: KeyInputs, P: KeyPlaces, b: number, e: number): void {
  const { keys } = d;
  const { lower } = d.v;
  const F = P.stride;
  for (let k = b; k < e; k++) {
    const o = k * F + P.bags;
    keys[o] = k > b + 2 ? featureKey(T.leftBag, lower[k - 3]!) : 0;
    keys[o + 1] = featureKey(T.leftBag, k > b + 1 ? lower[k - 2]! : NONE);
    keys[o + 2] = featureKey(T.rightBag, k + 2 < e ? lower[k + 2]! : NONE);
    keys[o + 3] = k + 3 < e ? featureKey(T.rightBag, lower[k + 3]!) : 0;
  }
}

/** The word's own distributional signature keys. */
function ownSignatureKeys(d: KeyInputs, P: KeyPlaces, b: number, e: number): void {
  const { keys, sig } = d;
  for (let k = b; k < e; k++) signatureKeys(keys, k * P.stride + P.signature, sig[k]!);
}

/** Shapes around the token, and its place in the sentence. */
function shapeContextKeys(d: KeyInputs, P: KeyPlaces, b: number, e: number): void {
  const { initial, headline, plain, keys } = d;
  const { shortShape } = d.v;
  const F = P.stride;
  for (let k = b; k < e; k++) {
    if (plain[k] === 1) continue;
    const o = k * F;
    const sm1 = k > b ? shortShape[k - 1]! : NONE;
    const sp1 = k + 1 < e ? shortShape[k + 1]! : NONE;
    const ss = shortShape[k]!;
    keys[o + P.prevShape] = featureKey(T.prevShape, sm1, ss);
    keys[o + P.nextShape] = featureKey(T.nextShape, ss, sp1);
    keys[o + P.shapeTrigram] = featureKey(T.shapeTrigram, sm1, ss, sp1);
    keys[o + P.sentenceStart] = featureKey(T.sentenceStart, initial[k]!, ss, headline[k]!);
  }
}

/** The word with a neighbour word or shape. */
function wordPairKeys(d: KeyInputs, P: KeyPlaces, b: number, e: number): void {
  const { plain, keys } = d;
  const { lower, shortShape } = d.v;
  const F = P.stride;
  for (let k = b; k < e; k++) {
    if (plain[k] === 1) continue;
    const o = k * F;
    const lm1 = k > b ? lower[k - 1]! : NONE;
    const lp1 = k + 1 < e ? lower[k + 1]! : NONE;
    const l = lower[k]!;
    const ss = shortShape[k]!;
    keys[o + P.prevBigram] = featureKey(T.prevBigram, lm1, l);
    keys[o + P.nextBigram] = featureKey(T.nextBigram, l, lp1);
    keys[o + P.prevLowerShape] = featureKey(T.prevLowerShape, lm1, ss);
    keys[o + P.shapeNextLower] = featureKey(T.shapeNextLower, ss, lp1);
  }
}

/** How the word is written in the rest of the document, result-table lines, the capitals around and the previous word's suffix. */
function caseKeys(d: KeyInputs, P: KeyPlaces, b: number, e: number): void {
  const { initial, headline, docCase, wordId, plain, keys } = d;
  const { shortShape, suffix3, cap } = d.v;
  const F = P.stride;
  // Result tables ("Lotte 6 Hyundai 2"): the share of number tokens in the line.
  let digits = 0;
  for (let k = b; k < e; k++) if (cap[k] === CAP_DIGIT) digits++;
  const table = e - b >= 3 ? Math.min(3, Math.floor((4 * digits) / (e - b))) : 4;
  for (let k = b; k < e; k++) {
    if (plain[k] === 1) continue;
    const o = k * F;
    const capK = cap[k]!;
    const initK = initial[k]!;
    const headK = headline[k]!;
    const dc = headK || initK || capK !== CAP_TITLE ? docCase[wordId[k]!]! : 0x100;
    keys[o + P.docCase] = featureKey(T.docCase, dc, capK, initK + 2 * headK);
    keys[o + P.tableLine] = featureKey(T.tableLine, table, shortShape[k]!, k > b ? cap[k - 1]! : 9);
    keys[o + P.capWindow] = featureKey(T.capWindow, k > b ? cap[k - 1]! : 9, capK, k + 1 < e ? cap[k + 1]! : 9);
    keys[o + P.prevSuffix] = k > b ? featureKey(T.prevSuffix, suffix3[k - 1]!, capK) : 0;
  }
}

/** The gazetteer classes of the token and of its neighbours. */
function gazetteerKeys(d: KeyInputs, P: KeyPlaces, b: number, e: number): void {
  const { gazBegin, gazInside, plain, keys } = d;
  const F = P.stride;
  for (let k = b; k < e; k++) {
    if (plain[k] === 1) continue;
    const o = k * F;
    gazKeys(keys, o + P.gazHere, T.gazHere, gazBegin[k]!, gazInside[k]!, GAZ_SLOTS_HERE);
    gazKeys(keys, o + P.gazPrev, T.gazPrev, k > b ? gazBegin[k - 1]! | gazInside[k - 1]! : 0, 0, GAZ_SLOTS_NEAR);
    gazKeys(keys, o + P.gazNext, T.gazNext, k + 1 < e ? gazBegin[k + 1]! | gazInside[k + 1]! : 0, 0, GAZ_SLOTS_NEAR);
  }
}

/**
 * The capitalised run the word is in ("Kloof Gold Mining Co", "Bank of England"): its last word is
 * the name's head, which says what kind of name it is; its first word, with the run length. And the
 * neighbours' distributional signatures (0: none).
 */
function nameKeys(d: KeyInputs, P: KeyPlaces, b: number, e: number): void {
  const { headline, sig, runStart, runEnd, plain, keys } = d;
  const { lower, shortShape, capitalised } = d.v;
  const F = P.stride;
  for (let k = b; k < e; k++) {
    if (plain[k] === 1) continue;
    const o = k * F;
    const ss = shortShape[k]!;
    if (capitalised[k] && !headline[k]) {
      keys[o + P.nameHead] = featureKey(T.nameHead, lower[runEnd[k]! - 1]!, k === runEnd[k]! - 1 ? 1 : 0);
      keys[o + P.nameFirst] = featureKey(T.nameFirst, lower[runStart[k]!]!, Math.min(runEnd[k]! - runStart[k]!, 4));
    }
    keys[o + P.prevSignature] = k > b && sig[k - 1] ? featureKey(T.prevSignature, (sig[k - 1]! - 1) >>> 8, ss) : 0;
    keys[o + P.nextSignature] = k + 1 < e && sig[k + 1] ? featureKey(T.nextSignature, (sig[k + 1]! - 1) >>> 8, ss) : 0;
  }
}

/** A headline's words (the sentence is all capitals). */
function headlineKeys(d: KeyInputs, P: KeyPlaces, b: number, e: number): void {
  const { headline, keys } = d;
  const { lower } = d.v;
  const F = P.stride;
  for (let k = b; k < e; k++) if (headline[k]) keys[k * F + P.headline] = featureKey(T.headline, lower[k]!);
}

/** The document's topic with the token's shape, word and gazetteer classes. */
function topicKeys(d: KeyInputs, P: KeyPlaces, b: number, e: number): void {
  const { initial, gazBegin, gazInside, topic, plain, keys } = d;
  const { lower, shortShape, capitalised } = d.v;
  const F = P.stride;
  for (let k = b; k < e; k++) {
    if (plain[k] === 1) continue;
    const o = k * F;
    const gazK = gazBegin[k]! | gazInside[k]!;
    keys[o + P.topicShape] = featureKey(T.topicShape, topic, shortShape[k]!, initial[k]!);
    if (capitalised[k]) keys[o + P.topicWord] = featureKey(T.topicWord, topic, lower[k]!);
    if (gazK) keys[o + P.topicGaz] = featureKey(T.topicGaz, topic, gazK);
  }
}

/**
 * Tokens, per-token values and static feature keys of a document. With `reuseKeys` the keys live in a
 * buffer the next call with `reuseKeys` overwrites. Without `wordKeysToo` the keys that depend on the
 * word alone (see wordKeys) or on one neighbour word alone (see neighbourKeys) are left out (the
 * CONTEXT_FEATURES layout): recognition adds their weights from per-word caches.
 */
export function featurize(text: string, sentences: readonly Span[], gaz: Gazetteer, reuseKeys = false, wordKeysToo = !reuseKeys, signatures: Gazetteer | null = null): FeaturizedDoc {
  const { tokens, sentBegin, sentEnd } = tokenizeSentences(text, sentences);
  const { starts, ends } = tokens;
  const n = starts.length;
  const v = tokenValues(text, starts, ends);
  const initial = new Uint8Array(n);
  const headline = new Uint8Array(n);
  markHeadlines(v.cap, sentBegin, sentEnd, initial, headline);
  const wordId = new Int32Array(n);
  const words = numberWords(v.lower, wordId);
  const docCase = documentCase(v, initial, headline, wordId, words);
  // Gazetteer phrases, sentence by sentence.
  const gazBegin = new Uint32Array(n);
  const gazInside = new Uint32Array(n);
  for (let si = 0; si < sentBegin.length; si++) markGazetteer(gaz, v.lower, v.capitalised, sentBegin[si]!, sentEnd[si]!, gazBegin, gazInside);
  // Distributional signatures, + 1 (0: the word has none).
  const sig = new Uint32Array(n);
  if (signatures) for (let k = 0; k < n; k++) sig[k] = signatures.get(v.lower[k]!) ?? 0;
  const runStart = new Int32Array(n);
  const runEnd = new Int32Array(n);
  markRuns(v, sentBegin, sentEnd, runStart, runEnd);
  // The document's topic: the first word of its first line when that line is a capitals headline
  // ("SOCCER - ..."), which says whether "Kent" is a county or a cricket team.
  const first = n > 0 ? v.lower[0]! : 0;
  const topic = n > 0 && headline[0] ? first : 0;
  const keysPerToken = wordKeysToo ? STATIC_FEATURES : CONTEXT_FEATURES;
  const keys = keyBuffer(n, keysPerToken, reuseKeys);
  // Recognition's layout leaves plain tokens unscored, and their context keys unwritten.
  const plain = wordKeysToo ? new Uint8Array(n) : plainTokens(v.cap, v.lower, sentBegin, sentEnd);
  const d: KeyInputs = { text, starts, ends, v, initial, headline, docCase, wordId, gazBegin, gazInside, sig, runStart, runEnd, topic, plain, wordKeysToo, keys };
  for (let si = 0; si < sentBegin.length; si++) sentenceKeys(d, sentBegin[si]!, sentEnd[si]!);
  return { text, n, starts, ends, sentBegin, sentEnd, word: v.word, lower: v.lower, shortShape: v.shortShape, cap: v.cap, wordId, words, plain, keys, keysPerToken, stage1Keys: wordKeysToo ? STAGE1_FEATURES : CONTEXT_STAGE1 };
}

/** One key per gazetteer class (begin/inside), at most `slots` of them; the rest stay 0. */
function gazKeys(keys: Uint32Array, o: number, template: number, begin: number, inside: number, slots: number): number {
  if ((begin | inside) === 0) return o + slots; // most tokens: no list has them
  let used = 0;
  for (let c = 0; c < GAZ_CLASSES.length && used < slots; c++) {
    const bit = 1 << c;
    if (begin & bit) keys[o + used++] = featureKey(template, c, 1);
    else if (inside & bit) keys[o + used++] = featureKey(template, c, 2);
  }
  return o + slots;
}

/** The word's own signature keys at three widths (`sig` is 1 + the signature, 0 for none). */
function signatureKeys(keys: Uint32Array, o: number, sig: number): number {
  const sg = sig - 1;
  keys[o++] = sg >= 0 ? featureKey(T.signature, 4, sg >>> 12) : 0;
  keys[o++] = sg >= 0 ? featureKey(T.signature, 10, sg >>> 6) : 0;
  keys[o++] = sg >= 0 ? featureKey(T.signature, 16, sg) : 0;
  return o;
}

/**
 * The keys that depend on text[start, end) alone, as featurize writes them: the first
 * WORD_KEYS_STAGE1 go to both stages, the rest to the second only. Into out[0..WORD_KEYS).
 */
export function wordKeys(text: string, start: number, end: number, out: Uint32Array, signatures: Gazetteer | null = null): void {
  const len = end - start;
  let o = 0;
  out[o++] = featureKey(T.bias, 0);
  out[o++] = featureKey(T.word, hashRange(text, start, end, false));
  out[o++] = featureKey(T.lower, hashRange(text, start, end, true));
  out[o++] = featureKey(T.shape, shapeHash(text, start, end, false));
  out[o++] = featureKey(T.shortShape, shapeHash(text, start, end, true));
  for (let p = 1; p <= 3; p++) out[o++] = len > p ? featureKey(T.prefix, p, hashRange(text, start, start + p, true)) : 0;
  for (let p = 1; p <= 4; p++) out[o++] = len > p ? featureKey(T.suffix, p, hashRange(text, end - p, end, true)) : 0;
  out[o++] = featureKey(T.length, Math.min(len, 12), capClass(text, start, end));
  signatureKeys(out, o, signatures ? (signatures.get(hashRange(text, start, end, true)) ?? 0) : 0);
}

/** The neighbour-word keys of a word (see neighbourKeys), in this order. */
export const enum Neighbour { prev = 0, next = 1, prev2 = 2, next2 = 3, leftBag = 4, rightBag = 5 }

/**
 * The keys that depend on one neighbour word alone (lower-case hash `lower`, NONE past the sentence's
 * edge for the first and second neighbours), as featurize writes them, in Neighbour order: the word
 * before or after the token, two before or after, and in the bag of the words two or three before
 * (leftBag) or after (rightBag). Into out[0..NEIGHBOUR_KEYS).
 */
export function neighbourKeys(lower: number, out: Uint32Array): void {
  out[Neighbour.prev] = featureKey(T.prevLower, lower);
  out[Neighbour.next] = featureKey(T.nextLower, lower);
  out[Neighbour.prev2] = featureKey(T.prev2Lower, lower);
  out[Neighbour.next2] = featureKey(T.next2Lower, lower);
  out[Neighbour.leftBag] = featureKey(T.leftBag, lower);
  out[Neighbour.rightBag] = featureKey(T.rightBag, lower);
}
