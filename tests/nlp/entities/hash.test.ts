// Feature keys: the two-part form the decoder uses is the same key as featureKey.
import { describe, expect, it } from 'vitest';
import { charClass, featureKey, keyHead, keyOf, LOWER, UPPER } from '../../../src/nlp/entities/hash.js';

describe('keyHead and keyOf', () => {
  it('make featureKey(template, a, b) for any values', () => {
    let x = 0x12345678;
    const next = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
    const values = [0, 1, 9, 0x3fffffff, 0x40000000, 0x7fffffff, 0x80000000, 0xffffffff];
    for (let i = 0; i < 2000; i++) values.push(next());
    for (const template of [0, 42, 43, 45]) {
      for (let i = 0; i + 1 < values.length; i++) {
        const a = i < 16 ? i : values[i]! % 11;
        expect(keyOf(keyHead(template, a), values[i + 1]!)).toBe(featureKey(template, a, values[i + 1]!));
      }
    }
  });
});

describe('charClass and case', () => {
  it('says UPPER or LOWER exactly where a code unit has case, and UPPER where its lower case differs (what the rules read as letters and capitals)', () => {
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      const cls = charClass(c);
      expect(cls === UPPER || cls === LOWER, `code ${c}`).toBe(ch.toLowerCase() !== ch.toUpperCase());
      expect(cls === UPPER, `code ${c}`).toBe(ch !== ch.toLowerCase());
    }
  });
});
