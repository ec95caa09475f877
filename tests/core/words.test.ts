import { describe, expect, it } from 'vitest';
import { isRegexSpace, wordCount, wordCountUpTo } from '../../src/core/words.js';

describe('word counts', () => {
  it('counts whitespace-separated words', () => {
    expect(wordCount('  two\u00a0 words\n')).toBe(2);
    expect(wordCount('')).toBe(0);
  });

  it('stops counting one past the limit', () => {
    const line = 'one two three four five';
    expect(wordCountUpTo(line, 10)).toBe(5);
    expect(wordCountUpTo(line, 5)).toBe(5);
    expect(wordCountUpTo(line, 3)).toBe(4);
    expect(wordCountUpTo(' ', 0)).toBe(0);
  });
});

describe('isRegexSpace', () => {
  it('is what \\s matches, for every UTF-16 code unit', () => {
    for (let c = 0; c < 65536; c++) expect(isRegexSpace(c), `code ${c}`).toBe(/\s/u.test(String.fromCharCode(c)));
  });
});
