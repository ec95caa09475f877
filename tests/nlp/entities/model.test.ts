// The model file: the trainer's tables as the tagger reads them (gzipped), loaded as views over the bytes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_URL, defaultModel, encodeModel, modelFile, modelFromBytes, packModel, phrasePairs, quantize, sharedModelBytes, unpackModelFile } from '../../../src/nlp/entities/model.js';
import { N_TAGS } from '../../../src/nlp/entities/tagger.js';

const row = (base: number) => Float64Array.from({ length: N_TAGS }, (_, t) => base + t);

function smallModel() {
  // Stage 1 knows keys 7 and 1000; stage 2 knows 7 and 123456789 (so key 7 is in both).
  const w1 = new Float64Array([...row(1), ...row(-4)]);
  const w2 = new Float64Array([...row(10), ...row(20)]);
  return {
    stage1: quantize(Uint32Array.of(7, 1000), w1),
    stage2: quantize(Uint32Array.of(7, 123456789), w2),
    gazetteer: phrasePairs(new Map([[0, 2], [99, 5], [17, 1]])),
    signatures: phrasePairs(new Map([[42, 3]])),
  };
}

const scoresOf = (scorer: { add(key: number, scores: Float64Array): void }, key: number) => {
  const s = new Float64Array(N_TAGS);
  scorer.add(key, s);
  return [...s];
};

describe('entity model file', () => {
  it('reads back what was written: both stages, the gazetteer and the signatures', () => {
    const parts = smallModel();
    const model = modelFromBytes(unpackModelFile(encodeModel(parts)));
    expect(scoresOf(model.stage1, 7)).toEqual([...parts.stage1.weights.subarray(0, N_TAGS)]);
    expect(scoresOf(model.stage1, 1000)).toEqual([...parts.stage1.weights.subarray(N_TAGS)]);
    expect(scoresOf(model.stage2, 123456789)).toEqual([...parts.stage2.weights.subarray(N_TAGS)]);
    // A key one stage lacks adds nothing there, and an unknown key nothing anywhere.
    expect(scoresOf(model.stage2, 1000)).toEqual(new Array(N_TAGS).fill(0));
    expect(scoresOf(model.stage1, 5)).toEqual(new Array(N_TAGS).fill(0));
    expect([model.gazetteer.get(99), model.gazetteer.get(17), model.gazetteer.get(0), model.gazetteer.get(18)]).toEqual([5, 1, 2, undefined]);
    expect([model.signatures!.get(42), model.signatures!.get(0)]).toEqual([3, undefined]);
  });

  it('writes and lays out the same parts to the same bytes', () => {
    expect(Buffer.from(encodeModel(smallModel())).equals(Buffer.from(encodeModel(smallModel())))).toBe(true);
    expect(Buffer.from(packModel(smallModel())).equals(Buffer.from(packModel(smallModel())))).toBe(true);
  });

  it('keeps a model file small: the half-empty tables compress', () => {
    const parts = smallModel();
    expect(encodeModel(parts).byteLength).toBeLessThan(packModel(parts).byteLength / 4);
  });

  it('refuses stage keys out of order', () => {
    const parts = smallModel();
    parts.stage1.keys.reverse();
    expect(() => packModel(parts)).toThrow(/ascending/u);
  });

  it('loads by viewing the bytes, not copying them', () => {
    const bytes = packModel(smallModel());
    const model = modelFromBytes(bytes);
    expect(model.keyTable.keys.buffer).toBe(bytes.buffer);
    expect(model.keyTable.weights.buffer).toBe(bytes.buffer);
  });

  it('refuses other files and truncated ones', () => {
    const image = packModel(smallModel());
    expect(() => unpackModelFile(new TextEncoder().encode('{"format":"copydesk-ner/2"}'))).toThrow(/not a copydesk model/u);
    expect(() => modelFromBytes(new TextEncoder().encode('{"format":"copydesk-ner/2"}'))).toThrow(/not a copydesk model/u);
    expect(() => modelFromBytes(image.slice(0, image.length - 8))).toThrow(/truncated/u);
  });

  it('unpacks the shipped model into shared memory once, for worker threads', () => {
    const bytes = sharedModelBytes();
    expect(bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(sharedModelBytes()).toBe(bytes);
    expect(defaultModel().keyTable.keys.buffer).toBe(bytes.buffer);
  });

  it('loads the shipped model unless COPYDESK_NER_MODEL names another file', () => {
    expect(modelFile({})).toBe(DEFAULT_MODEL_URL);
    expect(modelFile({ COPYDESK_NER_MODEL: '' })).toBe(DEFAULT_MODEL_URL);
    expect(modelFile({ COPYDESK_NER_MODEL: '/tmp/cv.bin.gz' })).toBe('/tmp/cv.bin.gz');
  });
});
