// The rules' character reads: codes and characters inside the text, -1 / undefined outside it.
import { describe, expect, it } from 'vitest';
import { charAt, Ch, codeAt, lengthBounds } from '../../../src/nlp/entities/chars.js';

describe('codeAt and charAt', () => {
  it('read inside the text as charCodeAt and text[i] do', () => {
    const text = "Boatmen’s (BJ) 1-0\n";
    for (let i = 0; i < text.length; i++) {
      expect(codeAt(text, i)).toBe(text.charCodeAt(i));
      expect(charAt(text, i)).toBe(text[i]);
    }
    expect(codeAt(text, 7)).toBe(Ch.rightQuote);
    expect(codeAt(text, 10)).toBe(Ch.open);
  });

  it('give -1 and undefined before and after the text', () => {
    for (const i of [-2, -1, 3, 4]) {
      expect(codeAt('abc', i)).toBe(-1);
      expect(charAt('abc', i)).toBeUndefined();
    }
    expect(codeAt('', 0)).toBe(-1);
  });
});

describe('lengthBounds', () => {
  it('gives the shortest and longest word over all the lists', () => {
    expect(lengthBounds(['camp', 'mount'], new Set(['mt.', 'governorate']))).toEqual({ min: 3, max: 11 });
  });
});
