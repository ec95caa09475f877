// Entity recognition: tokens -> features -> greedy BIO tags (first stage) -> the same again with the
// first stage's document-wide votes (second stage) -> typed mentions with exact offsets. Plain tokens
// (plain.ts) are tagged O by both stages without being scored.
import type { Mention, Span } from '../../core/document.js';
import { featurize, type FeaturizedDoc } from './features.js';
import { GAZ_CLASSES, phraseSeed, phraseStep } from './gazetteer.js';
import { hashLower, hashRange } from './hash.js';
import { mention } from './mention.js';
import { defaultModel, type NerModel } from './model.js';
import { type KnownNames, refineMentions } from './refine.js';
import { Ch, codeAt } from './chars.js';
import { isOnlyTitle, leadingTitleLength } from './roles.js';
import { miscType } from './types.js';
import { chunks, CLASSES, decode, type DecodeOptions, N_TAGS, type TagOnlyWeights, tagOnlyWeights, VOTE_FEATURES, voteKeys } from './tagger.js';
import { ROW, WordScores } from './wordscores.js';
import { AT_LEFT_BAG, AT_NEXT, AT_NEXT2, AT_PREV, AT_PREV2, AT_RIGHT_BAG, NEIGHBOUR_ROW, NeighbourScores } from './neighbours.js';

interface Caches {
  words: WordScores;
  neighbours: NeighbourScores;
  /** Each stage's tag-only dynamic weights. */
  tagOnly: [TagOnlyWeights, TagOnlyWeights];
}
const caches = new WeakMap<NerModel, Caches>();
function cachesOf(model: NerModel): Caches {
  let c = caches.get(model);
  if (!c) {
    const tagOnly: [TagOnlyWeights, TagOnlyWeights] = [tagOnlyWeights(model.stage1), tagOnlyWeights(model.stage2)];
    caches.set(model, (c = { words: new WordScores(model), neighbours: new NeighbourScores(model), tagOnly }));
  }
  return c;
}

const TYPE_OF_CLASS: Record<(typeof CLASSES)[number], string> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };

const GROUP_MASK = (1 << GAZ_CLASSES.indexOf('demonym')) | (1 << GAZ_CLASSES.indexOf('religion'));

/** Are tokens [begin, end) all demonyms or religious groups (singular or plural)? */
function groupWords(doc: FeaturizedDoc, model: NerModel, begin: number, end: number): boolean {
  for (let k = begin; k < end; k++) {
    const s = doc.starts[k]!;
    const e = doc.ends[k]!;
    const mask = model.gazetteer.get(phraseStep(phraseSeed(), doc.lower[k]!)) ?? 0;
    if (mask & GROUP_MASK) continue;
    const plural = e - s > 3 && codeAt(doc.text, e - 1) === Ch.s ? (model.gazetteer.get(phraseStep(phraseSeed(), hashRange(doc.text, s, e - 1, true))) ?? 0) : 0;
    if (!(plural & GROUP_MASK)) return false;
  }
  return true;
}

const COUNTRY = 1 << GAZ_CLASSES.indexOf('country');
const PLACE = COUNTRY | (1 << GAZ_CLASSES.indexOf('city')) | (1 << GAZ_CLASSES.indexOf('region'));

/** The gazetteer classes of a whole name ("Northern Ireland"). */
function nameClasses(model: NerModel, name: string): number {
  let h = phraseSeed();
  for (const word of name.split(' ')) h = phraseStep(h, hashLower(word));
  return model.gazetteer.get(h) ?? 0;
}

let rows = new Int32Array(0);
/** 0, 1, ... n - 1 (each token's row in its own score array). */
function identity(n: number): Int32Array {
  if (rows.length < n) {
    rows = new Int32Array(Math.max(n, rows.length * 2));
    for (let i = 0; i < rows.length; i++) rows[i] = i;
  }
  return rows.subarray(0, n);
}

// Each token's static scores for both stages, reused from one document to the next: a fresh array
// per document (144 bytes a token) is a large malloc freed at once, which makes glibc raise its mmap
// threshold and keep the process's memory growing over a long run.
let scoreBuffer = new Float64Array(0);
function scoresFor(n: number): Float64Array {
  if (scoreBuffer.length < n * ROW) scoreBuffer = new Float64Array(Math.max(n * ROW, scoreBuffer.length * 2));
  return scoreBuffer.subarray(0, n * ROW);
}

// recognize runs in phases, one function each, so that TurboFan compiles (and after a deoptimisation
// recompiles) each loop on its own instead of the whole of recognition in one unit.

// Per token, the offsets of its word's rows in the two caches (reused like the scores).
let rowBuffer = new Int32Array(0);
function rowBuffers(n: number): { own: Int32Array; near: Int32Array } {
  if (rowBuffer.length < 2 * n) rowBuffer = new Int32Array(Math.max(2 * n, rowBuffer.length * 2));
  return { own: rowBuffer.subarray(0, n), near: rowBuffer.subarray(n, 2 * n) };
}

/** Each token's offset in the word cache's sums. */
function ownRows(text: string, doc: FeaturizedDoc, plain: Uint8Array, cache: WordScores, own: Int32Array): void {
  const { starts, ends, word } = doc;
  for (let k = 0; k < doc.n; k++) if (plain[k] === 0) own[k] = cache.row(text, starts[k]!, ends[k]!, word[k]!) * ROW;
}

/** Each token's offset in the neighbour cache's rows, looked up once per distinct word of the document. */
function nearRows(doc: FeaturizedDoc, cache: NeighbourScores, near: Int32Array): void {
  const byWord = new Int32Array(doc.words).fill(-1);
  for (let k = 0; k < doc.n; k++) {
    const w = doc.wordId[k]!;
    if (byWord[w]! < 0) byWord[w] = cache.row(doc.lower[k]!) * NEIGHBOUR_ROW;
    near[k] = byWord[w]!;
  }
}

/**
 * Each token's static scores for both stages, before decoding: the cached sums of its word's own keys
 * and the cached weights of its neighbours' words in their places (cachedScores), then one pass over
 * the other static keys (the decoder then adds only what depends on its own decisions).
 */
export function staticScores(text: string, doc: FeaturizedDoc, model: NerModel): Float64Array {
  const { words, neighbours } = cachesOf(model);
  const { plain } = doc;
  words.trim();
  neighbours.prepare(doc.words);
  const { own, near } = rowBuffers(doc.n);
  ownRows(text, doc, plain, words, own);
  nearRows(doc, neighbours, near);
  const scores = scoresFor(doc.n);
  // Both caches' arrays are read after every row is added: they do not move within the document.
  cachedScores(doc, plain, own, words.sums, near, neighbours.sums, neighbours.noneRow() * NEIGHBOUR_ROW, scores);
  model.keyTable.addStatic(doc.keys, doc.n, doc.keysPerToken, doc.stage1Keys, plain, scores);
  return scores;
}

/**
 * Into scores: each token's word sums plus its neighbours' weights; a missing first or second
 * neighbour is the NONE word (`none`), a missing third adds nothing (row 0 is zeros).
 */
function cachedScores(doc: FeaturizedDoc, plain: Uint8Array, own: Int32Array, sums: Int32Array, near: Int32Array, nb: Int16Array, none: number, scores: Float64Array): void {
  for (let si = 0; si < doc.sentBegin.length; si++) {
    const b = doc.sentBegin[si]!;
    const e = doc.sentEnd[si]!;
    for (let k = b; k < e; k++) {
      if (plain[k] === 1) continue;
      const m2 = k > b + 1 ? near[k - 2]! : none;
      const p2 = k + 2 < e ? near[k + 2]! : none;
      const prev = (k > b ? near[k - 1]! : none) + AT_PREV;
      const next = (k + 1 < e ? near[k + 1]! : none) + AT_NEXT;
      const prev2 = m2 + AT_PREV2;
      const next2 = p2 + AT_NEXT2;
      // The bags have stage-2 weights only: offsets so that index t (N_TAGS..ROW) reads them.
      const left2 = m2 + AT_LEFT_BAG - N_TAGS;
      const right2 = p2 + AT_RIGHT_BAG - N_TAGS;
      const left3 = k > b + 2 ? near[k - 3]! + AT_LEFT_BAG - N_TAGS : 0;
      const right3 = k + 3 < e ? near[k + 3]! + AT_RIGHT_BAG - N_TAGS : 0;
      const r = own[k]!;
      const o = k * ROW;
      for (let t = 0; t < N_TAGS; t++) scores[o + t] = sums[r + t]! + nb[prev + t]! + nb[next + t]! + nb[prev2 + t]! + nb[next2 + t]!;
      for (let t = N_TAGS; t < ROW; t++) {
        scores[o + t] = sums[r + t]! + nb[prev + t]! + nb[next + t]! + nb[prev2 + t]! + nb[next2 + t]! + nb[left2 + t]! + nb[right2 + t]! + nb[left3 + t]! + nb[right3 + t]!;
      }
    }
  }
}

/** Decoder options over the precomputed scores (both stages pass the same fields: one object shape). */
function fromScores(scores: Float64Array, n: number, baseOffset: number, extra: Uint32Array | null, extraCount: number, tagOnly: TagOnlyWeights, plain: Uint8Array): DecodeOptions {
  return { features: 0, extra, extraCount, base: scores, baseRow: identity(n), baseStride: ROW, baseOffset, tagOnly, plain };
}

/** The second stage's tags: the first stage's draft, then the same again with its document-wide votes. */
function tagTokens(doc: FeaturizedDoc, model: NerModel, plain: Uint8Array, scores: Float64Array): Uint8Array {
  const first = new Uint8Array(doc.n);
  const { tagOnly } = cachesOf(model);
  decode(doc, model.stage1, first, fromScores(scores, doc.n, 0, null, 0, tagOnly[0], plain));
  const tags = new Uint8Array(doc.n);
  decode(doc, model.stage2, tags, fromScores(scores, doc.n, N_TAGS, voteKeys(doc, first), VOTE_FEATURES, tagOnly[1], plain));
  return tags;
}

/** Typed mentions with exact offsets of the tagged chunks. */
function chunkMentions(text: string, doc: FeaturizedDoc, model: NerModel, tags: Uint8Array): Mention[] {
  const out: Mention[] = [];
  for (const c of chunks(doc, tags)) {
    let start = doc.starts[c.begin]!;
    const end = doc.ends[c.end - 1]!;
    // Nationalities and religious groups ("Shiite", "Kurds") are MISC whatever the tagger says.
    const cls = groupWords(doc, model, c.begin, c.end) ? 'MISC' : CLASSES[c.cls]!;
    // A title alone is no name; a title before a person's name is not part of it.
    if (isOnlyTitle(text.slice(start, end))) continue;
    if (cls === 'PER') start += leadingTitleLength(text.slice(start, end));
    while (codeAt(text, start) === Ch.space) start++;
    const surface = text.slice(start, end);
    out.push(mention(surface, start, end, TYPE_OF_CLASS[cls]));
  }
  return out;
}

/** The finer kinds of MISC ("nationality", "event"). */
function typeMisc(mentions: readonly Mention[]): void {
  for (const m of mentions) if (m.type === 'misc') m.type = miscType(m.text);
}

export function recognize(text: string, sentences: readonly Span[], model: NerModel = defaultModel()): Mention[] {
  const doc = featurize(text, sentences, model.gazetteer, true, false, model.signatures);
  const tags = tagTokens(doc, model, doc.plain, staticScores(text, doc, model));
  const out = chunkMentions(text, doc, model, tags);
  // Rules on top, then the finer kinds of MISC.
  const names: KnownNames = {
    isCountry: (name: string) => (nameClasses(model, name) & COUNTRY) !== 0,
    isPlace: (name: string) => (nameClasses(model, name) & PLACE) !== 0,
    isGroup: (name: string) => (nameClasses(model, name) & GROUP_MASK) !== 0,
  };
  const refined = refineMentions(text, out, names);
  typeMisc(refined);
  return refined;
}
