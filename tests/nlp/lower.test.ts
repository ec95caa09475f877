import { describe, expect, it } from 'vitest';
import { lowerOf } from '../../src/nlp/lower.js';

describe('lowerOf', () => {
  const cases = ['said', 'Said', 'U.S.', "don't", '1,000', 'İstanbul', 'ÉMILE', 'naïve', 'x-ray'];
  it('equals toLowerCase on any token', () => {
    const text = cases.join(' ');
    let at = 0;
    for (const t of cases) {
      expect(lowerOf(text, at, at + t.length, t)).toBe(t.toLowerCase());
      at += t.length + 1;
    }
  });
});
