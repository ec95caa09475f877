// Entity recognition: tokens -> features -> greedy BIO tags (first stage) -> the same again with the
// first stage's document-wide votes (second stage) -> typed mentions with exact offsets.
import type { Mention, Span } from '../../core/document.js';
import { featurize, STAGE1_FEATURES, STATIC_FEATURES, type FeaturizedDoc } from './features.js';
import { GAZ_CLASSES, phraseSeed, phraseStep } from './gazetteer.js';
import { hashLower, hashRange } from './hash.js';
import { mention } from './mention.js';
import { defaultModel, type NerModel } from './model.js';
import { type KnownNames, refineMentions } from './refine.js';
import { isOnlyTitle, leadingTitleLength } from './roles.js';
import { miscType } from './types.js';
import { chunks, CLASSES, decode, type DecodeOptions, N_TAGS, VOTE_FEATURES, voteKeys } from './tagger.js';
import { ROW, WordScores } from './wordscores.js';

const caches = new WeakMap<NerModel, WordScores>();
function wordScoresOf(model: NerModel): WordScores {
  let c = caches.get(model);
  if (!c) caches.set(model, (c = new WordScores(model)));
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
    const plural = e - s > 3 && doc.text[e - 1] === 's' ? (model.gazetteer.get(phraseStep(phraseSeed(), hashRange(doc.text, s, e - 1, true))) ?? 0) : 0;
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

/**
 * Each token's static scores for both stages, before decoding: the cached word-only sums plus one pass
 * over the other static keys (the decoder then adds only what depends on its own decisions).
 */
function staticScores(text: string, doc: FeaturizedDoc, model: NerModel): Float64Array {
  const cache = wordScoresOf(model);
  cache.trim();
  const scores = scoresFor(doc.n);
  for (let k = 0; k < doc.n; k++) {
    const r = cache.row(text, doc.starts[k]!, doc.ends[k]!) * ROW;
    const sums = cache.sums;
    for (let t = 0; t < ROW; t++) scores[k * ROW + t] = sums[r + t]!;
  }
  model.keyTable.addStatic(doc.keys, doc.n, STATIC_FEATURES, STAGE1_FEATURES, scores);
  return scores;
}

/** Decoder options over the precomputed scores (both stages pass the same fields: one object shape). */
function fromScores(scores: Float64Array, n: number, baseOffset: number, extra: Uint32Array | null, extraCount: number): DecodeOptions {
  return { features: 0, extra, extraCount, base: scores, baseRow: identity(n), baseStride: ROW, baseOffset };
}

/** The second stage's tags: the first stage's draft, then the same again with its document-wide votes. */
function tagTokens(doc: FeaturizedDoc, model: NerModel, scores: Float64Array): Uint8Array {
  const first = new Uint8Array(doc.n);
  decode(doc, model.stage1, first, fromScores(scores, doc.n, 0, null, 0));
  const tags = new Uint8Array(doc.n);
  decode(doc, model.stage2, tags, fromScores(scores, doc.n, N_TAGS, voteKeys(doc, first), VOTE_FEATURES));
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
    while (text[start] === ' ') start++;
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
  const tags = tagTokens(doc, model, staticScores(text, doc, model));
  const out = chunkMentions(text, doc, model, tags);
  // Rules on top, then the finer kinds of MISC.
  const names: KnownNames = {
    isCountry: (name: string) => (nameClasses(model, name) & COUNTRY) !== 0,
    isPlace: (name: string) => (nameClasses(model, name) & PLACE) !== 0,
  };
  const refined = refineMentions(text, out, names);
  typeMisc(refined);
  return refined;
}
