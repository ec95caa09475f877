// Gazetteer: lists of names (first names, countries, cities, organizations, demonyms, titles ...) as
// hashes of their lower-cased token sequences, so matching a phrase in text is a few number lookups.
// The lists are taken from compromise's lexicon when the model is trained and shipped inside it.

/** Gazetteer classes; a phrase may be in several (bit k = class k). */
export const GAZ_CLASSES = ['first', 'last', 'person', 'country', 'city', 'region', 'org', 'team', 'demonym', 'title', 'actor', 'religion'] as const;
export type GazClass = (typeof GAZ_CLASSES)[number];

/** Longest phrase, in tokens, that is looked up. */
export const GAZ_MAX_TOKENS = 4;

const PHRASE_SEED = 0x2545f491;

/** Hash of a token sequence, one token (its lower-case hash) at a time. */
export function phraseStep(h: number, tokenHash: number): number {
  h = Math.imul(h ^ tokenHash, 0x9e3779b1) + 0x632be5ab;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

export function phraseSeed(): number {
  return PHRASE_SEED;
}

/** phrase hash -> class bit mask (a Map while training, a PhraseTable at run time) */
export interface Gazetteer {
  get(phrase: number): number | undefined;
}

/**
 * The shipped gazetteer as an open-addressing table of typed arrays: no Map hashing in the hot loop.
 * The model file stores the table itself (keys, masks), so loading builds nothing.
 */
export class PhraseTable implements Gazetteer {
  private readonly mask: number;

  /** `keys` and `masks` as fromPairs() lays them out; `zero` is the phrase hash 0's mask (0 marks empty slots). */
  constructor(readonly keys: Uint32Array, readonly masks: Uint32Array, readonly zero: number | undefined) {
    this.mask = keys.length - 1;
  }

  /** The table of [phrase hash, class mask] pairs (a phrase listed twice gets both masks). */
  static fromPairs(pairs: Uint32Array): PhraseTable {
    let cap = 16;
    while (cap * 0.5 < pairs.length / 2) cap *= 2;
    const keys = new Uint32Array(cap);
    const masks = new Uint32Array(cap);
    let zero: number | undefined;
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const key = pairs[i]!;
      if (key === 0) {
        zero = (zero ?? 0) | pairs[i + 1]!;
        continue;
      }
      let j = key & (cap - 1);
      while (keys[j] !== 0 && keys[j] !== key) j = (j + 1) & (cap - 1);
      keys[j] = key;
      masks[j] = masks[j]! | pairs[i + 1]!;
    }
    return new PhraseTable(keys, masks, zero);
  }

  get(phrase: number): number | undefined {
    if (phrase === 0) return this.zero;
    const keys = this.keys;
    let j = phrase & this.mask;
    for (;;) {
      const k = keys[j]!;
      if (k === phrase) return this.masks[j];
      if (k === 0) return undefined;
      j = (j + 1) & this.mask;
    }
  }
}

/**
 * Mark every token covered by a gazetteer phrase: begin[k] gets the classes of phrases that start at
 * token k, inside[k] those of phrases that continue through it. Phrases must start with a capital.
 */
export function markGazetteer(
  gaz: Gazetteer,
  lower: Uint32Array,
  capitalised: Uint8Array,
  from: number,
  to: number,
  begin: Uint32Array,
  inside: Uint32Array,
): void {
  for (let i = from; i < to; i++) {
    if (!capitalised[i]) continue;
    let h = PHRASE_SEED;
    const last = Math.min(to, i + GAZ_MAX_TOKENS);
    for (let j = i; j < last; j++) {
      h = phraseStep(h, lower[j]!);
      const mask = gaz.get(h);
      if (mask === undefined) continue;
      begin[i] = begin[i]! | mask;
      for (let k = i + 1; k <= j; k++) inside[k] = inside[k]! | mask;
    }
  }
}
