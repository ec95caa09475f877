// Plain tokens (no capital, not between capitals, no name-joining word beside one) are tagged O
// without scoring, and leaving them unscored changes no tag on a news text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { featurize } from '../../../src/nlp/entities/features.js';
import { defaultModel } from '../../../src/nlp/entities/model.js';
import { plainTokens } from '../../../src/nlp/entities/plain.js';
import { decode } from '../../../src/nlp/entities/tagger.js';
import { splitSentences } from '../../../src/nlp/segment.js';

const model = defaultModel();

function plainWords(text: string): string[] {
  const doc = featurize(text, splitSentences(text), model.gazetteer, false, true, model.signatures);
  const plain = plainTokens(doc.cap, doc.lower, doc.sentBegin, doc.sentEnd);
  const words: string[] = [];
  for (let k = 0; k < doc.n; k++) if (plain[k]) words.push(text.slice(doc.starts[k], doc.ends[k]));
  return words;
}

describe('plainTokens', () => {
  it('marks words with no capital, beside one capitalised word at most, numbers counting as uncapitalised', () => {
    expect(plainWords('Officials said on Monday that the bank lost 5 million dollars in 2019.')).toEqual(['said', 'that', 'the', 'bank', 'lost', 'million', 'dollars', 'in', '.']);
  });

  it('leaves words between capitals, and words that join names beside one, to the model', () => {
    const words = plainWords('He met the Bank of England and Ludwig van Beethoven fans.');
    expect(words).toEqual(['met', 'fans', '.']);
    expect(plainWords('He met the Bank of the West.')).toEqual(['met', '.']);
  });

  it('changes no tag of either stage on a news text', () => {
    const text = readFileSync(new URL('../../fixtures/entities/camp-brief.txt', import.meta.url), 'utf8');
    const doc = featurize(text, splitSentences(text), model.gazetteer, false, true, model.signatures);
    const plain = plainTokens(doc.cap, doc.lower, doc.sentBegin, doc.sentEnd);
    expect(plain.some((p) => p === 1)).toBe(true);
    const all = new Uint8Array(doc.n);
    const skipped = new Uint8Array(doc.n).fill(9);
    decode(doc, model.stage1, all, { features: doc.stage1Keys });
    decode(doc, model.stage1, skipped, { features: doc.stage1Keys, plain });
    expect([...skipped]).toEqual([...all]);
    expect(all.some((t) => t > 0)).toBe(true);
  });
});
