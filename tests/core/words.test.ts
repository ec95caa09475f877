import { describe, expect, it } from 'vitest';
import { wordCount, wordCountUpTo } from '../../src/core/words.js';

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
