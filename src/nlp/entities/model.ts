// The trained entity model: feature keys, their weights (16-bit, scaled) and the gazetteer, in one
// JSON file under models/, read once on first use. `npm run train:ner` rebuilds it.
import { readFileSync } from 'node:fs';
import type { Gazetteer } from './gazetteer.js';
import { FeatureTable } from './table.js';
import { N_TAGS, type WeightSource } from './tagger.js';

export const MODEL_FORMAT = 'copydesk-ner/1';

/** The file as stored. */
export interface ModelFile {
  format: string;
  tags: number;
  /** Feature keys, base64 of a Uint32Array. */
  keys: string;
  /** Weights, base64 of an Int16Array of keys.length * tags; real weight = value * scale. */
  weights: string;
  scale: number;
  /** Gazetteer, base64 of a Uint32Array of [phrase hash, class mask] pairs. */
  gazetteer: string;
  /** How the model was made (data, epochs, scores), for people. */
  info?: Record<string, unknown>;
}

export interface NerModel extends WeightSource {
  gazetteer: Gazetteer;
}

function u32(b64: string): Uint32Array {
  const buf = Buffer.from(b64, 'base64');
  const out = new Uint32Array(buf.length >> 2);
  for (let i = 0; i < out.length; i++) out[i] = buf.readUInt32LE(i * 4);
  return out;
}

function i16(b64: string): Int16Array {
  const buf = Buffer.from(b64, 'base64');
  const out = new Int16Array(buf.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = buf.readInt16LE(i * 2);
  return out;
}

export function modelFromFile(file: ModelFile): NerModel {
  if (file.format !== MODEL_FORMAT || file.tags !== N_TAGS) throw new Error(`entity model: unsupported format ${file.format}`);
  const keys = u32(file.keys);
  const raw = i16(file.weights);
  const table = new FeatureTable(keys.length);
  const weights = new Float32Array(keys.length * N_TAGS);
  for (let r = 0; r < keys.length; r++) {
    const row = table.insert(keys[r]!);
    for (let t = 0; t < N_TAGS; t++) weights[row * N_TAGS + t] = raw[r * N_TAGS + t]! * file.scale;
  }
  const pairs = u32(file.gazetteer);
  const gazetteer: Gazetteer = new Map();
  for (let i = 0; i + 1 < pairs.length; i += 2) gazetteer.set(pairs[i]!, pairs[i + 1]!);
  return { table, weights, gazetteer };
}

/** Pack averaged weights (rows of N_TAGS) into the stored form. */
export function modelToFile(keys: Uint32Array, weights: Float64Array, gazetteer: Gazetteer, info: Record<string, unknown>): ModelFile {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i]! / scale);
  const pairs = new Uint32Array(gazetteer.size * 2);
  let i = 0;
  for (const [h, mask] of [...gazetteer].sort((a, b) => a[0] - b[0])) {
    pairs[i++] = h;
    pairs[i++] = mask;
  }
  const b64 = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
  return { format: MODEL_FORMAT, tags: N_TAGS, keys: b64(keys), weights: b64(q), scale, gazetteer: b64(pairs), info };
}

export const DEFAULT_MODEL_URL = new URL('../../../models/ner.json', import.meta.url);

let loaded: NerModel | null = null;

/** The shipped model, read on first use. */
export function defaultModel(): NerModel {
  if (!loaded) loaded = modelFromFile(JSON.parse(readFileSync(DEFAULT_MODEL_URL, 'utf8')) as ModelFile);
  return loaded;
}
