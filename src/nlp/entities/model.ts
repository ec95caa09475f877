// The trained entity model. models/ner.bin holds what training made, compactly: each stage's
// ascending keys with their 16-bit weight rows, and the gazetteer's and signatures' [hash, mask]
// pairs, as little-endian arrays after a small header; models/ner.info.json says how it was made.
// `npm run train:ner` writes both. At first use the file is laid out once as the run-time image
// (open-addressing tables, packModel()) in a SharedArrayBuffer, which worker threads are handed,
// so the tables are built once per process and their weights exist once.
import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { type Gazetteer, PhraseTable } from './gazetteer.js';
import { KeyTable, PackedWeights, ROW, type StageWeights } from './packed.js';
import { N_TAGS } from './tagger.js';

/** 'CDNR' and the version of each layout. */
const MAGIC = 0x524e4443;
const FILE_VERSION = 4;
const IMAGE_VERSION = 3;
const HEADER_WORDS = 16;

// The file's header: magic, version, tags, then the array lengths.
const F_KEYS1 = 3;
const F_KEYS2 = 4;
const F_GAZ = 5; // u32 words of gazetteer pairs
const F_SIG = 6; // u32 words of signature pairs; 0: none

// The run-time image's header: magic, version, tags, then the table sizes.
const I_KEY_SLOTS = 3;
const I_GAZ_SLOTS = 4;
const I_GAZ_ZERO = 5; // 1 + the mask of phrase hash 0, or 0
const I_SIG_SLOTS = 6; // 0: no signatures
const I_SIG_ZERO = 7;

export interface NerModel {
  stage1: PackedWeights;
  stage2: PackedWeights;
  /** The keys of both stages (probe a token's keys once for both). */
  keyTable: KeyTable;
  gazetteer: Gazetteer;
  /** Word -> 1 + signature (see the training script). */
  signatures: Gazetteer | null;
}

/** What training makes: both stages, and [hash, mask] pairs of the gazetteer and signatures. */
export interface ModelParts {
  stage1: StageWeights;
  stage2: StageWeights;
  gazetteer: Uint32Array;
  signatures: Uint32Array | null;
}

const LITTLE_ENDIAN = endianness() === 'LE';

type Stored = Uint32Array | Int16Array;

/** The arrays one after another, little-endian, into `out` (a fresh buffer of their total size). */
function lay(arrays: readonly Stored[], out: Uint8Array): Uint8Array {
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

const sizeOf = (arrays: readonly Stored[]): number => arrays.reduce((n, a) => n + a.byteLength, 0);

/** Reads the header of `bytes` and hands out its arrays in order: views, or swapped copies on a big-endian machine. */
function reader(bytes: Uint8Array, version: number) {
  if (bytes.byteOffset % 4) bytes = bytes.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const word = (i: number): number => (bytes.byteLength >= 4 * HEADER_WORDS ? view.getUint32(4 * i, true) : 0);
  if (word(0) !== MAGIC || word(1) !== version || word(2) !== N_TAGS) throw new Error('entity model: not a copydesk model of this version');
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

function header(version: number, fields: Record<number, number>): Uint32Array {
  const h = new Uint32Array(HEADER_WORDS);
  h[0] = MAGIC;
  h[1] = version;
  h[2] = N_TAGS;
  for (const [i, v] of Object.entries(fields)) h[Number(i)] = v;
  return h;
}

/** The model file's bytes for these parts. */
export function encodeModel(parts: ModelParts): Uint8Array {
  const { stage1, stage2, gazetteer, signatures } = parts;
  const sig = signatures ?? new Uint32Array(0);
  const arrays = [header(FILE_VERSION, { [F_KEYS1]: stage1.keys.length, [F_KEYS2]: stage2.keys.length, [F_GAZ]: gazetteer.length, [F_SIG]: sig.length }), stage1.keys, stage2.keys, gazetteer, sig, stage1.weights, stage2.weights];
  return lay(arrays, new Uint8Array(sizeOf(arrays)));
}

/** The parts a model file holds (views over its bytes where the machine allows). */
export function decodeModel(bytes: Uint8Array): ModelParts {
  const r = reader(bytes, FILE_VERSION);
  const [n1, n2] = [r.word(F_KEYS1), r.word(F_KEYS2)];
  const [keys1, keys2, gazetteer, signatures] = [r.u32(n1), r.u32(n2), r.u32(r.word(F_GAZ)), r.u32(r.word(F_SIG))];
  return {
    stage1: { keys: keys1, weights: r.i16(n1 * N_TAGS) },
    stage2: { keys: keys2, weights: r.i16(n2 * N_TAGS) },
    gazetteer,
    signatures: signatures.length ? signatures : null,
  };
}

/** The run-time image of these parts: its tables laid out as the tagger reads them, in shared memory if asked. */
export function packModel(parts: ModelParts, shared = false): Uint8Array {
  const table = KeyTable.build([parts.stage1, parts.stage2]);
  const gaz = PhraseTable.fromPairs(parts.gazetteer);
  const sig = parts.signatures ? PhraseTable.fromPairs(parts.signatures) : null;
  const zero = (t: PhraseTable | null) => (t?.zero === undefined ? 0 : 1 + t.zero);
  const fields = { [I_KEY_SLOTS]: table.keys.length, [I_GAZ_SLOTS]: gaz.keys.length, [I_GAZ_ZERO]: zero(gaz), [I_SIG_SLOTS]: sig ? sig.keys.length : 0, [I_SIG_ZERO]: zero(sig) };
  const arrays = [header(IMAGE_VERSION, fields), table.keys, table.weights, gaz.keys, gaz.masks, ...(sig ? [sig.keys, sig.masks] : [])];
  const size = sizeOf(arrays);
  return lay(arrays, new Uint8Array(shared ? new SharedArrayBuffer(size) : new ArrayBuffer(size)));
}

/** The model over a run-time image (packModel()), as views, nothing copied. */
export function modelFromBytes(image: Uint8Array): NerModel {
  const r = reader(image, IMAGE_VERSION);
  const slots = r.word(I_KEY_SLOTS);
  const keyTable = new KeyTable(r.u32(slots), r.i16(slots * ROW));
  const phrases = (n: number, zero: number): PhraseTable => new PhraseTable(r.u32(n), r.u32(n), zero ? zero - 1 : undefined);
  const gazetteer = phrases(r.word(I_GAZ_SLOTS), r.word(I_GAZ_ZERO));
  const signatures = r.word(I_SIG_SLOTS) ? phrases(r.word(I_SIG_SLOTS), r.word(I_SIG_ZERO)) : null;
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

export const DEFAULT_MODEL_URL = new URL('../../../models/ner.bin', import.meta.url);

let image: Uint8Array | null = null;
let loaded: NerModel | null = null;

/** The shipped model's run-time image in a SharedArrayBuffer (made once), to hand to worker threads. */
export function sharedModelBytes(): Uint8Array {
  image ??= packModel(decodeModel(readFileSync(DEFAULT_MODEL_URL)), true);
  return image;
}

/** Use this image (another thread's sharedModelBytes()) for the shipped model instead of making one. */
export function useSharedModelBytes(shared: Uint8Array): void {
  image ??= shared;
}

/** The shipped model, made on first use. */
export function defaultModel(): NerModel {
  loaded ??= modelFromBytes(sharedModelBytes());
  return loaded;
}
