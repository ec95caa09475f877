// Character tests the entity rules share (ASCII only: digits and lower-case letters of scores and codes),
// and the word before a mention.

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export const isLower = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';
/** Is the code (codeAt) an ASCII capital? */
export const isUpperCode = (c: number): boolean => c >= 65 && c <= 90;

/**
 * The code of text[i], or -1 outside the text. The rules compare codes rather than text[i] with a
 * one-character string: text[i] of a character beyond Latin-1 is a fresh string, not an interned one,
 * and a comparison TurboFan had compiled for interned strings was deoptimised ("wrong instance type");
 * so was a read past either end ("out of bounds"). Each deoptimisation is a recompile on every worker.
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/** text[i], or undefined outside the text (read without a deoptimising out-of-bounds access). */
export function charAt(text: string, i: number): string | undefined {
  return i >= 0 && i < text.length ? text[i] : undefined;
}

/** Character codes the rules compare with. */
export const enum Ch {
  newline = 10, space = 32, quote = 34, amp = 38, apostrophe = 39, open = 40, close = 41, comma = 44, dash = 45, dot = 46,
  colon = 58, semicolon = 59, A = 65, T = 84, Z = 90, a = 97, s = 115, t = 116, z = 122, nbsp = 0xa0, rightQuote = 0x2019,
}

/** The word before `start` (lower-cased), skipping spaces, back to the space or line break before it. */
export function wordBefore(text: string, start: number): string {
  let e = start;
  while (e > 0 && codeAt(text, e - 1) === Ch.space) e--;
  let s = e;
  while (s > 0 && codeAt(text, s - 1) !== Ch.space && codeAt(text, s - 1) !== Ch.newline) s--;
  return text.slice(s, e).toLowerCase();
}

/** The shortest and the longest length of the words: a word of another length is none of them. */
export function lengthBounds(...lists: Iterable<string>[]): { min: number; max: number } {
  let min = Infinity;
  let max = 0;
  for (const list of lists) {
    for (const w of list) {
      if (w.length < min) min = w.length;
      if (w.length > max) max = w.length;
    }
  }
  return { min, max };
}
