// What a block's text looks like: words, sentence punctuation, prose or not. Linear scans, no regex
// over the whole block except anchored single-class ones.

import { wordCount } from '../../core/words.js';

export { wordCount };

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
  const words = wordCount(s);
  if (words >= 25) return true;
  return words >= 8 && s.length >= 50 && (endsLikeSentence(s) || sentenceMarks(s) >= 1);
}

// The rules ask for the key of the same block one after another: the last one is kept.
let lastText = '';
let lastKey = '';

/** Lower-cased, trimmed, inner whitespace and trailing punctuation/colon dropped: for phrase lookups. */
export function phraseKey(s: string): string {
  if (s === lastText) return lastKey;
  let t = s.toLowerCase().replace(/\s+/gu, ' ').trim();
  while (t.length > 0 && ':.!…›»>|-–—'.includes(t[t.length - 1]!)) t = t.slice(0, -1).trimEnd();
  lastText = s;
  lastKey = t;
  return t;
}
