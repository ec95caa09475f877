// The per-word cache of word-only weights: one row per distinct word, sums as if scored directly.
import { describe, expect, it } from 'vitest';
import { featurize, WORD_KEYS, WORD_KEYS_STAGE1, wordKeys } from '../../../src/nlp/entities/features.js';
import { hashRange } from '../../../src/nlp/entities/hash.js';
import { defaultModel } from '../../../src/nlp/entities/model.js';
import { N_TAGS } from '../../../src/nlp/entities/tagger.js';
import { ROW, WordScores } from '../../../src/nlp/entities/wordscores.js';
import { splitSentences } from '../../../src/nlp/segment.js';

const model = defaultModel();

function direct(word: string): number[] {
  const keys = new Uint32Array(WORD_KEYS);
  wordKeys(word, 0, word.length, keys, model.signatures);
  const a = new Float64Array(N_TAGS);
  const b = new Float64Array(N_TAGS);
  model.stage1.addAll(keys, 0, WORD_KEYS_STAGE1, a);
  model.stage2.addAll(keys, 0, WORD_KEYS, b);
  return [...a, ...b];
}

describe('WordScores', () => {
  it('gives a word one row wherever it occurs, with the sums scoring it directly gives', () => {
    const cache = new WordScores(model);
    const text = 'Baghdad said Baghdad; baghdad';
    const r = cache.row(text, 0, 7);
    expect(cache.row(text, 13, 20)).toBe(r);
    expect(cache.row(text, 22, 29)).not.toBe(r);
    expect([...cache.sums.subarray(r * ROW, (r + 1) * ROW)]).toEqual(direct('Baghdad'));
  });

  it('keeps every row while it grows past its first tables', () => {
    const cache = new WordScores(model);
    const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`);
    const text = words.join(' ');
    const rows: number[] = [];
    for (let i = 0, at = 0; i < words.length; at += words[i]!.length + 1, i++) rows.push(cache.row(text, at, at + words[i]!.length));
    expect(new Set(rows).size).toBe(words.length);
    for (let i = 0, at = 0; i < words.length; at += words[i]!.length + 1, i++) expect(cache.row(text, at, at + words[i]!.length)).toBe(rows[i]);
    const last = rows[rows.length - 1]!;
    expect([...cache.sums.subarray(last * ROW, (last + 1) * ROW)]).toEqual(direct(words[words.length - 1]!));
  });

  it('finds the same row from featurize\'s word hashes as from hashing the characters', () => {
    const text = 'Kent beat Essex. KENT, kent and Kent again.';
    const doc = featurize(text, splitSentences(text), model.gazetteer, true, false, model.signatures);
    const hashed = new WordScores(model);
    const given = new WordScores(model);
    for (let k = 0; k < doc.n; k++) {
      expect(doc.word[k]).toBe(hashRange(text, doc.starts[k]!, doc.ends[k]!, false));
      expect(given.row(text, doc.starts[k]!, doc.ends[k]!, doc.word[k]!)).toBe(hashed.row(text, doc.starts[k]!, doc.ends[k]!));
    }
  });
});
