// Entity recognition: tokens -> features -> greedy BIO tags (first stage) -> the same again with the
// first stage's document-wide votes (second stage) -> typed mentions with exact offsets.
import type { Mention, Span } from '../../core/document.js';
import { featurize, STAGE1_FEATURES } from './features.js';
import { defaultModel, type NerModel } from './model.js';
import { refineMentions } from './refine.js';
import { isOnlyTitle, leadingTitleLength } from './roles.js';
import { miscType } from './types.js';
import { chunks, CLASSES, decode, VOTE_FEATURES, voteKeys } from './tagger.js';

const TYPE_OF_CLASS: Record<(typeof CLASSES)[number], string> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };

export function recognize(text: string, sentences: readonly Span[], model: NerModel = defaultModel()): Mention[] {
  const doc = featurize(text, sentences, model.gazetteer);
  const first = new Uint8Array(doc.n);
  decode(doc, model.stage1, first, { features: STAGE1_FEATURES });
  const tags = new Uint8Array(doc.n);
  decode(doc, model.stage2, tags, { extra: voteKeys(doc, first), extraCount: VOTE_FEATURES });
  const out: Mention[] = [];
  for (const c of chunks(doc, tags)) {
    let start = doc.starts[c.begin]!;
    const end = doc.ends[c.end - 1]!;
    const cls = CLASSES[c.cls]!;
    // A title alone is no name; a title before a person's name is not part of it.
    if (isOnlyTitle(text.slice(start, end))) continue;
    if (cls === 'PER') start += leadingTitleLength(text.slice(start, end));
    while (text[start] === ' ') start++;
    const surface = text.slice(start, end);
    out.push({ text: surface, start, end, type: TYPE_OF_CLASS[cls] });
  }
  // Rules on top, then the finer kinds of MISC.
  const refined = refineMentions(out);
  for (const m of refined) if (m.type === 'misc') m.type = miscType(m.text);
  return refined;
}
