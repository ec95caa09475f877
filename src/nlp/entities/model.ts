// The trained entity model. models/ner.bin.gz is the gzip of the run-time image: a small header,
// then the tables the tagger reads (both stages' open-addressing key table with its weight rows, the
// gazetteer, the word signatures) as little-endian arrays. Unpacking it is native inflate, then views
// over the bytes, nothing rebuilt; when there are workers, the image goes into a SharedArrayBuffer
// they are handed, so the weights exist once per process. (Stored plain, the half-empty tables are
// 11.7 MB; rebuilding them from a compact file costs more start-up than inflating.)
// models/ner.info.json says how the model was made; `npm run train:ner` writes both.
import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import { type Gazetteer, PhraseTable } from './gazetteer.js';
import { KeyTable, PackedWeights, ROW, type StageWeights } from './packed.js';
import { N_TAGS } from './tagger.js';

/** 'CDNR' and the layout's version. */
const MAGIC = 0x524e4443;
const VERSION = 3;
const HEADER_WORDS = 16;

// The header: magic, version, tags, then the table sizes.
const H_KEY_SLOTS = 3;
const H_GAZ_SLOTS = 4;
const H_GAZ_ZERO = 5; // 1 + the mask of phrase hash 0, or 0
const H_SIG_SLOTS = 6; // 0: no signatures
const H_SIG_ZERO = 7;

export interface NerModel {
  stage1: PackedWeights;
  stage2: PackedWeights;
  /** The keys of both stages (probe a token's keys once for both). */
  keyTable: KeyTable;
  gazetteer: Gazetteer;
  /** Word -> 1 + signature (see the training script). */
  signatures: Gazetteer | null;
}

/** What the trainer hands over: both stages, and [hash, mask] pairs of the gazetteer and signatures. */
export interface ModelParts {
  stage1: StageWeights;
  stage2: StageWeights;
  gazetteer: Uint32Array;
  signatures: Uint32Array | null;
}

const LITTLE_ENDIAN = endianness() === 'LE';

type Stored = Uint32Array | Int16Array;

/** The arrays one after another, little-endian. */
function lay(arrays: readonly Stored[]): Uint8Array {
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.byteLength, 0));
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let at = 0;
  for (const a of arrays) {
    if (LITTLE_ENDIAN) out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    else if (a instanceof Int16Array) a.forEach((v, i) => view.setInt16(at + 2 * i, v, true));
    else a.forEach((v, i) => view.setUint32(at + 4 * i, v, true));
    at += a.byteLength;
  }
  return out;
}

/** Reads the header of `bytes` and hands out its arrays in order: views, or swapped copies on a big-endian machine. */
function reader(bytes: Uint8Array) {
  if (bytes.byteOffset % 4) bytes = bytes.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const word = (i: number): number => (bytes.byteLength >= 4 * HEADER_WORDS ? view.getUint32(4 * i, true) : 0);
  if (word(0) !== MAGIC || word(1) !== VERSION || word(2) !== N_TAGS) throw new Error('entity model: not a copydesk model of this version');
  let at = 4 * HEADER_WORDS;
  const take = <T extends Stored>(make: new (b: ArrayBufferLike, offset: number, length: number) => T, n: number): T => {
    const size = make.prototype === Int16Array.prototype ? 2 : 4;
    if (at + n * size > bytes.byteLength) throw new Error('entity model: file truncated');
    let a = new make(bytes.buffer, bytes.byteOffset + at, n);
    if (!LITTLE_ENDIAN) {
      a = new make(new ArrayBuffer(n * size), 0, n);
      for (let i = 0; i < n; i++) a[i] = size === 2 ? view.getInt16(at + 2 * i, true) : view.getUint32(at + 4 * i, true);
    }
    at += n * size;
    return a;
  };
  return { word, u32: (n: number) => take(Uint32Array, n), i16: (n: number) => take(Int16Array, n) };
}

function header(fields: Record<number, number>): Uint32Array {
  const h = new Uint32Array(HEADER_WORDS);
  h[0] = MAGIC;
  h[1] = VERSION;
  h[2] = N_TAGS;
  for (const [i, v] of Object.entries(fields)) h[Number(i)] = v;
  return h;
}

/** The model file's bytes for these parts: the gzip of their run-time image. */
export function encodeModel(parts: ModelParts): Uint8Array {
  return gzipSync(packModel(parts), { level: 9 });
}

/** The run-time image a model file holds. */
export function unpackModelFile(file: Uint8Array): Uint8Array {
  try {
    // The image in one output chunk of its size (gzip's last 4 bytes): zlib's default 16 KB chunks
    // joined afterwards cost a third more of start-up's unpacking (30-42 -> 22 ms).
    const size = file.length >= 18 ? new DataView(file.buffer, file.byteOffset, file.byteLength).getUint32(file.length - 4, true) : 0;
    return gunzipSync(file, size >= 64 && size < 1 << 30 ? { chunkSize: size + 1 } : {});
  } catch {
    throw new Error('entity model: not a copydesk model of this version');
  }
}

/** The run-time image of these parts: their tables laid out as the tagger reads them. */
export function packModel(parts: ModelParts): Uint8Array {
  const table = KeyTable.build([parts.stage1, parts.stage2]);
  const gaz = PhraseTable.fromPairs(parts.gazetteer);
  const sig = parts.signatures ? PhraseTable.fromPairs(parts.signatures) : null;
  const zero = (t: PhraseTable | null) => (t?.zero === undefined ? 0 : 1 + t.zero);
  const fields = { [H_KEY_SLOTS]: table.keys.length, [H_GAZ_SLOTS]: gaz.keys.length, [H_GAZ_ZERO]: zero(gaz), [H_SIG_SLOTS]: sig ? sig.keys.length : 0, [H_SIG_ZERO]: zero(sig) };
  const arrays = [header(fields), table.keys, table.weights, gaz.keys, gaz.masks, ...(sig ? [sig.keys, sig.masks] : [])];
  return lay(arrays);
}

/** The model over a run-time image (packModel()), as views, nothing copied. */
export function modelFromBytes(image: Uint8Array): NerModel {
  const r = reader(image);
  const slots = r.word(H_KEY_SLOTS);
  const keyTable = new KeyTable(r.u32(slots), r.i16(slots * ROW));
  const phrases = (n: number, zero: number): PhraseTable => new PhraseTable(r.u32(n), r.u32(n), zero ? zero - 1 : undefined);
  const gazetteer = phrases(r.word(H_GAZ_SLOTS), r.word(H_GAZ_ZERO));
  const signatures = r.word(H_SIG_SLOTS) ? phrases(r.word(H_SIG_SLOTS), r.word(H_SIG_ZERO)) : null;
  return { stage1: new PackedWeights(keyTable, 0), stage2: new PackedWeights(keyTable, 1), keyTable, gazetteer, signatures };
}

/** Quantise averaged weights (N_TAGS per key) to 16 bits; real weight = stored value * scale. */
export function quantize(keys: Uint32Array, weights: Float64Array): StageWeights & { scale: number } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i]! / scale);
  return { keys, weights: q, scale };
}

/** A phrase hash -> mask map as sorted [hash, mask] pairs. */
export function phrasePairs(map: Map<number, number>): Uint32Array {
  const pairs = new Uint32Array(map.size * 2);
  let i = 0;
  for (const [h, mask] of [...map].sort((a, b) => a[0] - b[0])) {
    pairs[i++] = h;
    pairs[i++] = mask;
  }
  return pairs;
}

export const DEFAULT_MODEL_URL = new URL('../../../models/ner.bin.gz', import.meta.url);

/**
 * The model file to load: COPYDESK_NER_MODEL when set (a model written by `train-ner.mjs --cv --out
 * FILE`, to score the whole recognizer on documents its model never saw), else the shipped one.
 */
export function modelFile(env: NodeJS.ProcessEnv = process.env): string | URL {
  return env['COPYDESK_NER_MODEL'] || DEFAULT_MODEL_URL;
}

let image: Uint8Array | null = null;
let loaded: NerModel | null = null;

/** This thread's run-time image: the one it was handed or unpacked, else unpacked from the model file now. */
const ownImage = (): Uint8Array => (image ??= unpackModelFile(readFileSync(modelFile())));

/** The shipped model's run-time image in a SharedArrayBuffer (unpacked once), to hand to worker threads. */
export function sharedModelBytes(): Uint8Array {
  if (!(image?.buffer instanceof SharedArrayBuffer)) {
    const own = ownImage();
    image = new Uint8Array(new SharedArrayBuffer(own.byteLength));
    image.set(own);
    loaded = null;
  }
  return image;
}

/** Use this image (another thread's sharedModelBytes()) for the shipped model instead of unpacking one. */
export function useSharedModelBytes(shared: Uint8Array): void {
  image ??= shared;
}

/** The shipped model, made on first use (in this thread's own memory unless it was shared). */
export function defaultModel(): NerModel {
  loaded ??= modelFromBytes(ownImage());
  return loaded;
}
