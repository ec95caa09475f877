// Entity recognition: tokens -> features -> greedy BIO tags (first stage) -> the same again with the
// first stage's document-wide votes (second stage) -> typed mentions with exact offsets.
import type { Mention, Span } from '../../core/document.js';
import { featurize, STAGE1_FEATURES, type FeaturizedDoc } from './features.js';
import { GAZ_CLASSES, phraseSeed, phraseStep } from './gazetteer.js';
import { hashRange } from './hash.js';
import { defaultModel, type NerModel } from './model.js';
import { refineMentions } from './refine.js';
import { isOnlyTitle, leadingTitleLength } from './roles.js';
import { miscType } from './types.js';
import { chunks, CLASSES, decode, N_TAGS, VOTE_FEATURES, voteKeys } from './tagger.js';
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

let slotScratch = new Int32Array(0);
function slotBuffer(n: number): Int32Array {
  if (slotScratch.length < n) slotScratch = new Int32Array(Math.max(n, slotScratch.length * 2));
  return slotScratch.subarray(0, n);
}

export function recognize(text: string, sentences: readonly Span[], model: NerModel = defaultModel()): Mention[] {
  const doc = featurize(text, sentences, model.gazetteer, true, false, model.signatures);
  const cache = wordScoresOf(model);
  cache.trim();
  const baseRow = new Int32Array(doc.n);
  for (let k = 0; k < doc.n; k++) baseRow[k] = cache.row(text, doc.starts[k]!, doc.ends[k]!);
  // Both stages' static keys probed once.
  const slots = slotBuffer(doc.keys.length);
  model.keyTable.slots(doc.keys, 0, doc.keys.length, slots);
  const base = { base: cache.sums, baseRow, baseStride: ROW, slots };
  const first = new Uint8Array(doc.n);
  decode(doc, model.stage1, first, { features: STAGE1_FEATURES, ...base, baseOffset: 0 });
  const tags = new Uint8Array(doc.n);
  decode(doc, model.stage2, tags, { extra: voteKeys(doc, first), extraCount: VOTE_FEATURES, ...base, baseOffset: N_TAGS });
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
    out.push({ text: surface, start, end, type: TYPE_OF_CLASS[cls] });
  }
  // Rules on top, then the finer kinds of MISC.
  const refined = refineMentions(text, out);
  for (const m of refined) if (m.type === 'misc') m.type = miscType(m.text);
  return refined;
}
