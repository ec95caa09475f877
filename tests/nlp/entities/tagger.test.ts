// The decoder with the tag-only dynamic weights precomputed decides as it does hashing those keys.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { featurize } from '../../../src/nlp/entities/features.js';
import { defaultModel } from '../../../src/nlp/entities/model.js';
import { decode, tagOnlyWeights, voteKeys, VOTE_FEATURES } from '../../../src/nlp/entities/tagger.js';
import { splitSentences } from '../../../src/nlp/segment.js';

const model = defaultModel();

describe('tagOnlyWeights', () => {
  it('gives both stages the tags of the uncached decoder', () => {
    const text = readFileSync(new URL('../../fixtures/entities/camp-brief.txt', import.meta.url), 'utf8');
    const doc = featurize(text, splitSentences(text), model.gazetteer, false, true, model.signatures);
    const plain = new Uint8Array(doc.n);
    const cached = new Uint8Array(doc.n);
    decode(doc, model.stage1, plain, { features: doc.stage1Keys });
    decode(doc, model.stage1, cached, { features: doc.stage1Keys, tagOnly: tagOnlyWeights(model.stage1) });
    expect([...cached]).toEqual([...plain]);
    expect(plain.some((t) => t > 0)).toBe(true);
    const votes = voteKeys(doc, plain);
    const second = new Uint8Array(doc.n);
    const secondCached = new Uint8Array(doc.n);
    decode(doc, model.stage2, second, { extra: votes, extraCount: VOTE_FEATURES });
    decode(doc, model.stage2, secondCached, { extra: votes, extraCount: VOTE_FEATURES, tagOnly: tagOnlyWeights(model.stage2) });
    expect([...secondCached]).toEqual([...second]);
  });
});
