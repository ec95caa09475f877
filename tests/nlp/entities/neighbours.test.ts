// The cached scores recognition starts from (word-only and neighbour-word weights from per-word
// caches, the rest from the key table) equal scoring every static key directly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { featurize, NEIGHBOUR_KEYS, neighbourKeys, NONE, STAGE1_FEATURES, STATIC_FEATURES } from '../../../src/nlp/entities/features.js';
import { defaultModel } from '../../../src/nlp/entities/model.js';
import { NEIGHBOUR_ROW, NeighbourScores } from '../../../src/nlp/entities/neighbours.js';
import { ROW } from '../../../src/nlp/entities/packed.js';
import { plainTokens } from '../../../src/nlp/entities/plain.js';
import { staticScores } from '../../../src/nlp/entities/recognize.js';
import { splitSentences } from '../../../src/nlp/segment.js';

const model = defaultModel();

/** Each token's scores as rows, those of plain tokens (which recognition does not score) left out. */
function scoredRows(scores: Float64Array, plain: Uint8Array): number[][] {
  const rows: number[][] = [];
  for (let k = 0; k < plain.length; k++) if (!plain[k]) rows.push([...scores.subarray(k * ROW, (k + 1) * ROW)]);
  return rows;
}

/** Every static key of the document probed in the table, as training scores them. */
function direct(text: string): number[][] {
  const doc = featurize(text, splitSentences(text), model.gazetteer, false, true, model.signatures);
  const scores = new Float64Array(doc.n * ROW);
  model.keyTable.addStatic(doc.keys, doc.n, STATIC_FEATURES, STAGE1_FEATURES, new Uint8Array(doc.n), scores);
  return scoredRows(scores, plainTokens(doc.cap, doc.lower, doc.sentBegin, doc.sentEnd));
}

function cached(text: string): number[][] {
  const doc = featurize(text, splitSentences(text), model.gazetteer, true, false, model.signatures);
  return scoredRows(staticScores(text, doc, model), doc.plain);
}

describe('NeighbourScores', () => {
  it('makes the same static scores as probing every key, sentence edges included (tokens it scores)', () => {
    const text = readFileSync(new URL('../../fixtures/entities/camp-brief.txt', import.meta.url), 'utf8');
    expect(cached(text)).toEqual(direct(text));
    const short = 'Hi. Kent won. Talabani met the UN in Baghdad on Monday, officials said.';
    expect(cached(short)).toEqual(direct(short));
  });

  it('copies a word\'s weight rows for its neighbour keys, and gives each word one row', () => {
    const cache = new NeighbourScores(model);
    const keys = new Uint32Array(NEIGHBOUR_KEYS);
    neighbourKeys(NONE, keys);
    const none = cache.noneRow();
    expect(cache.row(NONE)).toBe(none);
    const slot = model.keyTable.slot(keys[0]!);
    const row = [...cache.sums.subarray(none * NEIGHBOUR_ROW, none * NEIGHBOUR_ROW + ROW)];
    expect(row).toEqual(slot < 0 ? new Array(ROW).fill(0) : [...model.keyTable.weights.subarray(slot * ROW, (slot + 1) * ROW)]);
    const rows = new Set<number>(); // lower-case hashes are 32-bit unsigned
    for (let h = 1; h <= 3000; h++) rows.add(cache.row(Math.imul(h, 0x9e3779b1) >>> 0));
    expect(rows.size).toBe(3000);
    for (let h = 1; h <= 3000; h++) expect(rows.has(cache.row(Math.imul(h, 0x9e3779b1) >>> 0))).toBe(true);
  });
});
