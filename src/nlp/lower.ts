// Lower-casing a token without a call when there is nothing to change. toLowerCase() cost some 70 ns
// a word even on a word already in lower case, and four tokens in five are; the tokenizers of the
// date and quote rules lower-case every token.

/** text.slice(start, end).toLowerCase(), given that slice as `t`: `t` itself when it has no A-Z and no non-ASCII character. */
export function lowerOf(text: string, start: number, end: number, t: string): string {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return t.toLowerCase();
  }
  return t;
}
