// The trained entity model: two stages of feature keys with 16-bit weights, and the gazetteer, in one
// JSON file under models/, read once on first use. `npm run train:ner` rebuilds it.
import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { type Gazetteer, PhraseTable } from './gazetteer.js';
import { KeyTable, PackedWeights } from './packed.js';
import { N_TAGS } from './tagger.js';

export const MODEL_FORMAT = 'copydesk-ner/2';

/** One stage as stored: base64 of a Uint32Array of keys and of an Int16Array of keys.length * tags weights. */
export interface StageFile {
  keys: string;
  weights: string;
  /** Real weight = stored value * scale. */
  scale: number;
}

export interface ModelFile {
  format: string;
  tags: number;
  /** The tagger, and the second stage that also sees what the first stage said across the document. */
  stage1: StageFile;
  stage2: StageFile;
  /** Base64 of a Uint32Array of [phrase hash, class mask] pairs. */
  gazetteer: string;
  /** Base64 of a Uint32Array of [lower-case word hash, 1 + 16-bit distributional signature] pairs. */
  signatures?: string;
  /** How the model was made (data, epochs, scores), for people. */
  info?: Record<string, unknown>;
}

export interface NerModel {
  stage1: PackedWeights;
  stage2: PackedWeights;
  /** The keys of both stages (probe a token's keys once for both). */
  keyTable: KeyTable;
  gazetteer: Gazetteer;
  /** Word -> 1 + signature (see the training script). */
  signatures: Gazetteer | null;
}

// The arrays are stored little-endian; on a little-endian machine (x86, ARM) the bytes are copied
// whole, which keeps start-up short; elsewhere they are read one by one.
const LITTLE_ENDIAN = endianness() === 'LE';

function u32(b64: string): Uint32Array {
  const buf = Buffer.from(b64, 'base64');
  const out = new Uint32Array(buf.length >> 2);
  if (LITTLE_ENDIAN) new Uint8Array(out.buffer).set(buf.subarray(0, out.length * 4));
  else for (let i = 0; i < out.length; i++) out[i] = buf.readUInt32LE(i * 4);
  return out;
}

function i16(b64: string): Int16Array {
  const buf = Buffer.from(b64, 'base64');
  const out = new Int16Array(buf.length >> 1);
  if (LITTLE_ENDIAN) new Uint8Array(out.buffer).set(buf.subarray(0, out.length * 2));
  else for (let i = 0; i < out.length; i++) out[i] = buf.readInt16LE(i * 2);
  return out;
}

const b64 = (a: ArrayBufferView): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

export function modelFromFile(file: ModelFile): NerModel {
  if (file.format !== MODEL_FORMAT || file.tags !== N_TAGS) throw new Error(`entity model: unsupported format ${file.format}`);
  const [k1, k2] = [u32(file.stage1.keys), u32(file.stage2.keys)];
  const table = new KeyTable([k1, k2]);
  const gazetteer = new PhraseTable(u32(file.gazetteer));
  const signatures = file.signatures ? new PhraseTable(u32(file.signatures)) : null;
  return { stage1: new PackedWeights(table, 0, k1, i16(file.stage1.weights)), stage2: new PackedWeights(table, 1, k2, i16(file.stage2.weights)), keyTable: table, gazetteer, signatures };
}

/** Quantise averaged weights (N_TAGS per key, keys sorted) to the stored form. */
export function stageToFile(keys: Uint32Array, weights: Float64Array): StageFile {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i]! / scale);
  return { keys: b64(keys), weights: b64(q), scale };
}

export function gazetteerToFile(gazetteer: Map<number, number>): string {
  const pairs = new Uint32Array(gazetteer.size * 2);
  let i = 0;
  for (const [h, mask] of [...gazetteer].sort((a, b) => a[0] - b[0])) {
    pairs[i++] = h;
    pairs[i++] = mask;
  }
  return b64(pairs);
}

export const DEFAULT_MODEL_URL = new URL('../../../models/ner.json', import.meta.url);

let loaded: NerModel | null = null;

/** The shipped model, read on first use. */
export function defaultModel(): NerModel {
  if (!loaded) loaded = modelFromFile(JSON.parse(readFileSync(DEFAULT_MODEL_URL, 'utf8')) as ModelFile);
  return loaded;
}
