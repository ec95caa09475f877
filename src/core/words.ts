// Whitespace-separated word counts, shared by the cleaner's rules and the document summaries, and the
// white space of `\s` for the rules that split as a `\s` pattern would.

/** Is the code white space as `\s` matches it (ECMAScript WhiteSpace and LineTerminator)? */
export function isRegexSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isWordSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;

export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isWordSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * wordCount(s) when it is at most `limit`, else `limit + 1`: the scan stops there, so asking whether a
 * long paragraph has a few words costs a few words, not the paragraph.
 */
export function wordCountUpTo(s: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isWordSpace(s.charCodeAt(i));
    if (!space && !inWord && ++n > limit) return n;
    inWord = !space;
  }
  return n;
}
