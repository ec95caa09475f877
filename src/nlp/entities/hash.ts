// 32-bit hashes of token strings and of feature tuples, computed from character codes so the tagger's
// hot loop never builds a string. Training and run time share these functions, so a feature is the
// same number in both.

/** Character classes for word shapes. */
export const UPPER = 1;
export const LOWER = 2;
export const DIGIT = 3;
export const OTHER = 4;

let lowerTable: Uint16Array | null = null;
let classTable: Uint8Array | null = null;

const CASELESS_FROM = 0x3400; // CJK Extension A .. CJK Unified Ideographs
const CASELESS_TO = 0xa000;
const HANGUL_FROM = 0xac00; // Hangul syllables, surrogates, private use
const PRIVATE_TO = 0xf900;

function tables(): { lower: Uint16Array; cls: Uint8Array } {
  if (!lowerTable || !classTable) {
    lowerTable = new Uint16Array(65536);
    classTable = new Uint8Array(65536).fill(OTHER);
    for (let c = 0; c < 65536; c++) lowerTable[c] = c;
    for (let c = 0; c < 65536; c++) {
      // CJK ideographs, Hangul syllables, surrogates and private use have no case: skipping their
      // case mappings halves start-up's share of this loop.
      if (c === CASELESS_FROM) c = CASELESS_TO;
      else if (c === HANGUL_FROM) c = PRIVATE_TO;
      const ch = String.fromCharCode(c);
      const lo = ch.toLowerCase();
      if (lo.length === 1) lowerTable[c] = lo.charCodeAt(0);
      const up = ch.toUpperCase();
      if (c >= 48 && c <= 57) classTable[c] = DIGIT;
      else if (lo !== up) classTable[c] = lo === ch ? LOWER : UPPER;
    }
  }
  return { lower: lowerTable, cls: classTable };
}

export function lowerCode(c: number): number {
  return (lowerTable ?? tables().lower)[c]!;
}

export function charClass(c: number): number {
  return (classTable ?? tables().cls)[c]!;
}

/** lowerCode for every UTF-16 code unit, as a table (for a loop over many characters). */
export function lowerCodes(): Uint16Array {
  return lowerTable ?? tables().lower;
}

/** charClass for every UTF-16 code unit, as a table. */
export function charClasses(): Uint8Array {
  return classTable ?? tables().cls;
}

export const FNV_OFFSET = 0x811c9dc5;

export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}

/** Final avalanche (murmur3 fmix32), so nearby inputs land far apart. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of text[start, end), lower-cased or not. */
export function hashRange(text: string, start: number, end: number, lower: boolean): number {
  let h = FNV_OFFSET;
  if (lower) {
    const t = lowerTable ?? tables().lower;
    for (let i = start; i < end; i++) h = hashStep(h, t[text.charCodeAt(i)]!);
  } else for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return fmix(h);
}

/** Hash of a whole string, lower-cased (for gazetteers built from word lists). */
export function hashLower(s: string): number {
  return hashRange(s, 0, s.length, true);
}

/**
 * A feature key: template number and up to three values, each already a well-mixed hash or a small
 * number; never 0 (0 marks an empty slot). Each position has its own multiplier, so (a, b) and (b, a)
 * differ.
 */
export function featureKey(template: number, a: number, b = 0, c = 0): number {
  // fmix written out, not called: the smaller function fits more inlined calls into a caller's
  // TurboFan inlining budget (a call not inlined boxes its hash arguments and result).
  let h = Math.imul(template + 1, 0x9e3779b1) ^ Math.imul(a ^ 0x5bd1e995, 0x01000193) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h = (h ^ (h >>> 16)) >>> 0;
  return h === 0 ? 1 : h;
}

/**
 * featureKey(template, a, b) in two parts: keyOf(keyHead(template, a), b). The head is computed once
 * for a (template, value) used with many second values (the decoder's previous tag with each token's
 * word), and keyOf is small enough to be inlined wherever it is called.
 */
export function keyHead(template: number, a: number): number {
  return Math.imul(template + 1, 0x9e3779b1) ^ Math.imul(a ^ 0x5bd1e995, 0x01000193);
}

/** The key of a keyHead() with a second value (see keyHead). */
export function keyOf(head: number, b: number): number {
  let h = head ^ Math.imul(b, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h = (h ^ (h >>> 16)) >>> 0;
  return h === 0 ? 1 : h;
}
