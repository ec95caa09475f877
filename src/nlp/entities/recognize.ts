// Entity recognition: tokens -> features -> greedy BIO tags -> typed mentions with exact offsets.
import type { Mention, Span } from '../../core/document.js';
import { featurize } from './features.js';
import { defaultModel, type NerModel } from './model.js';
import { miscType } from './types.js';
import { chunks, CLASSES, decode } from './tagger.js';

const TYPE_OF_CLASS: Record<(typeof CLASSES)[number], string> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };

export function recognize(text: string, sentences: readonly Span[], model: NerModel = defaultModel()): Mention[] {
  const doc = featurize(text, sentences, model.gazetteer);
  const tags = new Uint8Array(doc.n);
  decode(doc, model, tags);
  const out: Mention[] = [];
  for (const c of chunks(doc, tags)) {
    const start = doc.starts[c.begin]!;
    const end = doc.ends[c.end - 1]!;
    const surface = text.slice(start, end);
    const cls = CLASSES[c.cls]!;
    out.push({ text: surface, start, end, type: cls === 'MISC' ? miscType(surface) : TYPE_OF_CLASS[cls] });
  }
  return out;
}
