// What a block's text looks like: words, sentence punctuation, prose or not. Linear scans, no regex
// over the whole block except anchored single-class ones and NOT_PLAIN (fixed-length alternatives).

import { wordCount as countWordsByScan, wordCountUpTo } from '../../core/words.js';

export { wordCountUpTo };

/** What keeps a line from being plainSpaced: white space other than a space, two spaces, a space at an end. */
const NOT_PLAIN = /[^\S ]| {2}|^ | $/u;

/**
 * core/words.ts's wordCount, faster on a plain-spaced line (most lines): its words are its spaces plus
 * one, found by indexOf's native scan instead of a compiled loop over every character.
 */
export function wordCount(s: string): number {
  return wordCountOf(s, plainSpaced(s));
}

/** wordCount given plainSpaced(s), which the classifier finds once per block for this and phraseKeyOf. */
export function wordCountOf(s: string, plain: boolean): number {
  return plain ? keyWordsUpTo(s, Infinity) : countWordsByScan(s);
}

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

/** Lower-cased, trimmed, inner whitespace and trailing punctuation/colon dropped: for phrase lookups. */
export function phraseKey(s: string): string {
  return phraseKeyOf(s, plainSpaced(s));
}

/**
 * phraseKey given plainSpaced(s). The classifier keys each block once, with its word count, and hands
 * the key to the rules (RuleContext.key).
 */
export function phraseKeyOf(s: string, plain: boolean): string {
  // Most lines have single inner spaces only: then lower-casing is all the whitespace step would do.
  let t = plain ? s.toLowerCase() : s.toLowerCase().replace(/\s+/gu, ' ').trim();
  while (t.length > 0 && ':.!…›»>|-–—'.includes(t[t.length - 1]!)) t = t.slice(0, -1).trimEnd();
  return t;
}

/**
 * wordCountUpTo for a plain-spaced text (a phraseKey always is one): its words are its spaces plus one,
 * found by indexOf, and the count stops one past `limit` as wordCountUpTo's does.
 */
export function keyWordsUpTo(key: string, limit: number): number {
  if (key.length === 0) return 0;
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0 && n <= limit; i = key.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * No whitespace but single plain spaces between other characters: collapsing and trimming change nothing.
 * A regular expression test: the engine's scan is about twice as fast as a compiled loop over the characters.
 */
export function plainSpaced(s: string): boolean {
  return !NOT_PLAIN.test(s);
}
