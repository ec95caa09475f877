// A cheap first test for "is this word one of a fixed set": one array read on the word's first two
// characters and its length rules out most words before a map has to hash them. The date and quote
// rules look up every token of a text in their trigger and cue lists, and most tokens are in neither.

/** Slot of a word starting below U+0080: first character, second (low seven bits, 0 for none), length (15 for longer). */
const slot = (w: string): number => ((w.charCodeAt(0) * 128 + ((w.length > 1 ? w.charCodeAt(1) : 0) & 127)) * 16) + Math.min(w.length, 15);

export class WordSlots {
  private readonly table = new Uint8Array(128 * 128 * 16);

  constructor(words: Iterable<string>) {
    for (const w of words) if (w.length > 0 && w.charCodeAt(0) < 128) this.table[slot(w)] = 1;
  }

  /** False when `w` is none of the words; true when it may be one (always, for a word starting past U+007F). */
  mayHave(w: string): boolean {
    return w.length === 0 || w.charCodeAt(0) >= 128 || this.table[slot(w)] === 1;
  }
}
