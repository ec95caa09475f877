// Document-level values featurize computes once per document.
import { describe, expect, it } from 'vitest';
import { featurize } from '../../../src/nlp/entities/features.js';
import { defaultModel } from '../../../src/nlp/entities/model.js';
import { splitSentences } from '../../../src/nlp/segment.js';

const model = defaultModel();

describe('featurize', () => {
  it('numbers each distinct lower-case word once, in order of first occurrence', () => {
    const text = 'Kent beat Essex. KENT and kent won; Essex lost.';
    const doc = featurize(text, splitSentences(text), model.gazetteer, false, true, model.signatures);
    const words = doc.starts.map((s, k) => text.slice(s, doc.ends[k]).toLowerCase());
    const first = new Map<string, number>();
    for (const w of words) if (!first.has(w)) first.set(w, first.size);
    expect([...doc.wordId]).toEqual(words.map((w) => first.get(w)));
    expect(doc.words).toBe(first.size);
  });
});
