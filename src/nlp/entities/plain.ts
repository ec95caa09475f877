// Tokens the tagger leaves outside any name without scoring them: a word with no capital, between
// neighbours with none either. Half of CoNLL-2003 train's tokens are such, and 22 of its 102,603 are
// inside a gold name ("the interior ministry", "van der Sar" after a lower-case word); the model
// tags them O anyway, and scoring them was half the tagger's work.
import { CAP_DIGIT, CAP_NONE, CAP_PUNCT } from './caps.js';

/**
 * Per token, 1 where the token is plain (see above), from the tokens' capitalisation classes and the
 * sentences' token ranges; the edges of a sentence count as plain neighbours.
 */
export function plainTokens(cap: Uint8Array, sentBegin: readonly number[], sentEnd: readonly number[]): Uint8Array {
  const plain = new Uint8Array(cap.length);
  for (let si = 0; si < sentBegin.length; si++) {
    const b = sentBegin[si]!;
    const e = sentEnd[si]!;
    for (let k = b; k < e; k++) {
      const c = cap[k]!;
      if (c !== CAP_NONE && c !== CAP_PUNCT) continue;
      if (k > b && !uncapitalised(cap[k - 1]!)) continue;
      if (k + 1 < e && !uncapitalised(cap[k + 1]!)) continue;
      plain[k] = 1;
    }
  }
  return plain;
}

/** A neighbour that starts no name: lower case, punctuation or a number. */
function uncapitalised(c: number): boolean {
  return c === CAP_NONE || c === CAP_PUNCT || c === CAP_DIGIT;
}
