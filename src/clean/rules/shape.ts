// What a block's text looks like: words, sentence punctuation, prose or not. Linear scans, no regex
// over the whole block except anchored single-class ones.

import { isRegexSpace, wordCount, wordCountUpTo } from '../../core/words.js';

export { wordCount, wordCountUpTo };

const SENTENCE_END = new Set(['.', '!', '?', '…', ':', ';', '"', '”', '’', "'", ')']);

export function endsLikeSentence(s: string): boolean {
  const last = s[s.length - 1];
  return last !== undefined && SENTENCE_END.has(last);
}

/** Count of sentence-ending punctuation followed by a space or the end: how many sentences. */
export function sentenceMarks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if ((c === '.' || c === '!' || c === '?') && (i + 1 === s.length || s[i + 1] === ' ')) n++;
  }
  return n;
}

/** A paragraph of running text: long enough, several words, and sentence punctuation. */
export function isProse(s: string): boolean {
  // Only whether there are 25 words matters, not how many more.
  return isProseOf(s, wordCountUpTo(s, 25));
}

/** isProse(s) given wordCount(s), or any count above 25 when it is more. */
export function isProseOf(s: string, words: number): boolean {
  if (words >= 25) return true;
  return words >= 8 && s.length >= 50 && (endsLikeSentence(s) || sentenceMarks(s) >= 1);
}

// The rules ask for the key of the same block one after another: the last one is kept.
let lastText = '';
let lastKey = '';

/** Lower-cased, trimmed, inner whitespace and trailing punctuation/colon dropped: for phrase lookups. */
export function phraseKey(s: string): string {
  if (s === lastText) return lastKey;
  // Most lines have single inner spaces only: then lower-casing is all the whitespace step would do.
  let t = plainSpaced(s) ? s.toLowerCase() : s.toLowerCase().replace(/\s+/gu, ' ').trim();
  while (t.length > 0 && ':.!…›»>|-–—'.includes(t[t.length - 1]!)) t = t.slice(0, -1).trimEnd();
  lastText = s;
  lastKey = t;
  return t;
}

/** No whitespace but single plain spaces between other characters: collapsing and trimming change nothing. */
export function plainSpaced(s: string): boolean {
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (isRegexSpace(c)) {
      return false;
    } else {
      prevSpace = false;
    }
  }
  return !prevSpace || s.length === 0;
}
