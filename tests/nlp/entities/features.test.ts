// Document-level values featurize computes once per document.
import { describe, expect, it } from 'vitest';
import { CONTEXT_FEATURES, featurize, STATIC_FEATURES, WORD_KEYS, wordKeys } from '../../../src/nlp/entities/features.js';
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

  it('writes the same context keys in both layouts (but for plain tokens): the full one only adds the word-only and neighbour-word keys', () => {
    // A capitals headline gives the document a topic, so the rare keys are written too.
    const text = 'SOCCER - KENT BEAT ESSEX IN LONDON.\nKent beat Essex 3-1 at Lord\'s on Monday, the club said.\nBank of England officials met Mr Smith.';
    const full = featurize(text, splitSentences(text), model.gazetteer, false, true, model.signatures);
    const context = featurize(text, splitSentences(text), model.gazetteer, false, false, model.signatures);
    // The full layout's word-only and neighbour-word places: 12 word keys and 4 neighbours, length, the bags, the signatures.
    const cached = new Set([...Array(16).keys(), 35, 37, 38, 39, 40, 47, 48, 49]);
    expect(STATIC_FEATURES - cached.size).toBe(CONTEXT_FEATURES);
    let nonZero = 0;
    expect(context.plain.some((p) => p === 1)).toBe(true);
    for (let k = 0; k < full.n; k++) {
      if (context.plain[k]) continue; // recognition does not score them
      const kept = [...full.keys.subarray(k * STATIC_FEATURES, (k + 1) * STATIC_FEATURES)].filter((_, i) => !cached.has(i));
      const ctx = [...context.keys.subarray(k * CONTEXT_FEATURES, (k + 1) * CONTEXT_FEATURES)];
      expect(ctx).toEqual(kept);
      nonZero += ctx.filter((key) => key !== 0).length;
    }
    expect(nonZero).toBeGreaterThan(full.n * 10);
  });

  it('gives each token the word-only keys wordKeys computes from its characters alone', () => {
    // Shapes with runs, digits, capitals, mixed case, non-letters and accents (one pass makes them all in featurize).
    const text = 'McDonald\'s iPhone NATO 1996-08-30 U.S. élan ÉCOLE x--y Mr. O\'Neill said: "Baghdad!"';
    const doc = featurize(text, splitSentences(text), model.gazetteer, false, true, model.signatures);
    const places = [...Array(12).keys(), 35, 47, 48, 49];
    const out = new Uint32Array(WORD_KEYS);
    for (let k = 0; k < doc.n; k++) {
      wordKeys(text, doc.starts[k]!, doc.ends[k]!, out, model.signatures);
      expect(places.map((i) => doc.keys[k * STATIC_FEATURES + i])).toEqual([...out]);
    }
  });
});
