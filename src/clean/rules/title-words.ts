// The words the headline ranker compares: a line's content words (four units or more, lower-cased) and how
// often given words occur in the body, found without cutting out every word of the body.

/** Shortest word (in UTF-16 units) that counts as a content word. */
const MIN_CONTENT_WORD = 4;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** ASCII letters and digits, looked up by code. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * Calls `word(start, end, hash)` for each run of letters and digits of `t` (already lower-cased) at least
 * four units long, as t.split(/[^\p{L}\p{N}]+/u) gives them; `hash` is wordHash of the run.
 */
function scanWords(t: string, word: (start: number, end: number, hash: number) => void): void {
  let start = -1;
  let h = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    let isWord: boolean;
    let width = 1;
    if (c < 128) isWord = ASCII_WORD[c] === 1;
    else {
      const cp = t.codePointAt(i)!;
      if (cp > 0xffff) width = 2;
      isWord = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    }
    if (isWord) {
      if (start < 0) {
        start = i;
        h = 0;
      }
      h = (Math.imul(h, 31) + c) | 0;
      if (width === 2) h = (Math.imul(h, 31) + t.charCodeAt(i + 1)) | 0;
    } else if (start >= 0) {
      if (i - start >= MIN_CONTENT_WORD) word(start, i, h);
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0 && t.length - start >= MIN_CONTENT_WORD) word(start, t.length, h);
}

/** The content words of a line, lower-cased, in order, repeats kept. */
export function contentWords(s: string): string[] {
  return contentWordsOfLower(s.toLowerCase());
}

/**
 * contentWords of a line already lower-cased. A phraseKey serves as well: it differs from the lower-cased
 * line only in white space and trailing punctuation, which hold no letters or digits.
 */
export function contentWordsOfLower(t: string): string[] {
  const out: string[] = [];
  scanWords(t, (start, end) => out.push(t.slice(start, end)));
  return out;
}

/** Slots of the filter that turns away most body words before a word is cut out and looked up. */
const FILTER_BITS = 16;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/** The filter's hash of a word, as scanWords computes it for a run: the same for a word cut out of a line and for the word itself. */
function wordHash(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
}

/**
 * How often each word of `wanted` occurs among the content words of `texts`, read up to the line that
 * starts past `maxChars` (the words of no other line are counted: the headline ranker asks about its
 * candidates' words only, and the body has thousands). `lowered`, when given, holds the texts lower-cased
 * (or their phrase keys: see contentWordsOfLower), so they need not be lower-cased again.
 */
export function countWords(texts: readonly string[], wanted: ReadonlySet<string>, maxChars: number, lowered?: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  if (wanted.size === 0) return counts;
  const filter = new Uint8Array(FILTER_MASK + 1);
  for (const w of wanted) filter[wordHash(w) & FILTER_MASK] = 1;
  let t = '';
  const word = (start: number, end: number, hash: number): void => {
    if (filter[hash & FILTER_MASK] === 0) return;
    const w = t.slice(start, end);
    if (wanted.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  };
  let seen = 0;
  for (let k = 0; k < texts.length; k++) {
    if (seen > maxChars) break;
    const text = texts[k]!;
    seen += text.length;
    t = lowered !== undefined ? lowered[k]! : text.toLowerCase();
    scanWords(t, word);
  }
  return counts;
}
