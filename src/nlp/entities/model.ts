// The trained entity model in models/ner.bin: a small header, then the run-time tables themselves
// (both stages' key table with its weight rows, the gazetteer, the word signatures) as little-endian
// typed arrays, so loading is one read and a few views over it, nothing rebuilt. The bytes are read
// into a SharedArrayBuffer, which worker threads are handed, so the weights exist once per process.
// models/ner.info.json says how the model was made. `npm run train:ner` writes both.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { endianness } from 'node:os';
import { type Gazetteer, PhraseTable } from './gazetteer.js';
import { KeyTable, PackedWeights, ROW, type StageWeights } from './packed.js';
import { N_TAGS } from './tagger.js';

/** 'CDNR' and the layout's version. */
const MAGIC = 0x524e4443;
const VERSION = 3;

// Header: 16 little-endian 32-bit words.
const H_MAGIC = 0;
const H_VERSION = 1;
const H_TAGS = 2;
const H_KEY_SLOTS = 3;
const H_GAZ_SLOTS = 4;
const H_GAZ_ZERO = 5; // 1 + the mask of phrase hash 0, or 0
const H_SIG_SLOTS = 6; // 0: no signatures
const H_SIG_ZERO = 7;
const HEADER_WORDS = 16;

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

/** The model file's bytes for these parts. */
export function packModel(parts: ModelParts): Uint8Array {
  const table = KeyTable.build([parts.stage1, parts.stage2]);
  const gaz = PhraseTable.fromPairs(parts.gazetteer);
  const sig = parts.signatures ? PhraseTable.fromPairs(parts.signatures) : null;
  const header = new Uint32Array(HEADER_WORDS);
  header[H_MAGIC] = MAGIC;
  header[H_VERSION] = VERSION;
  header[H_TAGS] = N_TAGS;
  header[H_KEY_SLOTS] = table.keys.length;
  header[H_GAZ_SLOTS] = gaz.keys.length;
  header[H_GAZ_ZERO] = gaz.zero === undefined ? 0 : 1 + gaz.zero;
  header[H_SIG_SLOTS] = sig ? sig.keys.length : 0;
  header[H_SIG_ZERO] = sig?.zero === undefined ? 0 : 1 + sig.zero;
  const arrays = [header, table.keys, table.weights, gaz.keys, gaz.masks, ...(sig ? [sig.keys, sig.masks] : [])];
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.byteLength, 0));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const a of arrays) {
    if (a instanceof Int16Array) for (const v of a) (view.setInt16(at, v, true), (at += 2));
    else for (const v of a) (view.setUint32(at, v, true), (at += 4));
  }
  return out;
}

/** Views over `bytes` (4-byte aligned) in the file's layout; on a big-endian machine, swapped copies. */
export function modelFromBytes(bytes: Uint8Array): NerModel {
  if (bytes.byteOffset % 4) bytes = bytes.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const word = (i: number): number => (bytes.byteLength >= 4 * HEADER_WORDS ? view.getUint32(4 * i, true) : 0);
  if (word(H_MAGIC) !== MAGIC || word(H_VERSION) !== VERSION || word(H_TAGS) !== N_TAGS) throw new Error('entity model: not a copydesk model of this version');
  let at = 4 * HEADER_WORDS;
  const take = <T extends Uint32Array | Int16Array>(make: new (b: ArrayBufferLike, offset: number, length: number) => T, n: number): T => {
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
  const slots = word(H_KEY_SLOTS);
  const keyTable = new KeyTable(take(Uint32Array, slots), take(Int16Array, slots * ROW));
  const phrases = (n: number, zero: number): PhraseTable => new PhraseTable(take(Uint32Array, n), take(Uint32Array, n), zero ? zero - 1 : undefined);
  const gazetteer = phrases(word(H_GAZ_SLOTS), word(H_GAZ_ZERO));
  const signatures = word(H_SIG_SLOTS) ? phrases(word(H_SIG_SLOTS), word(H_SIG_ZERO)) : null;
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

let bytes: Uint8Array | null = null;
let loaded: NerModel | null = null;

/** The shipped model's bytes in a SharedArrayBuffer (read once), to hand to worker threads. */
export function sharedModelBytes(): Uint8Array {
  if (!bytes) {
    const fd = openSync(DEFAULT_MODEL_URL, 'r');
    try {
      const size = fstatSync(fd).size;
      const buf = new Uint8Array(new SharedArrayBuffer(size));
      for (let at = 0; at < size; ) {
        const n = readSync(fd, buf, at, size - at, at);
        if (n === 0) throw new Error('entity model: file truncated');
        at += n;
      }
      bytes = buf;
    } finally {
      closeSync(fd);
    }
  }
  return bytes;
}

/** Use these bytes (another thread's sharedModelBytes()) for the shipped model instead of reading the file. */
export function useSharedModelBytes(shared: Uint8Array): void {
  if (!bytes) bytes = shared;
}

/** The shipped model, made on first use. */
export function defaultModel(): NerModel {
  if (!loaded) loaded = modelFromBytes(sharedModelBytes());
  return loaded;
}
