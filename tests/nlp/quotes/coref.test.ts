import { describe, expect, it } from 'vitest';
import { nameIn } from '../../../src/nlp/quotes/coref.js';

describe('nameIn', () => {
  it('takes the last run of capitalised words after a title', () => {
    expect(nameIn('Mr. Tony Blair')).toBe('Tony Blair');
  });

  it('leaves out a closing bracketed aside', () => {
    expect(nameIn('Ali Hassan (a farmer)')).toBe('Ali Hassan');
  });

  it('finds no name in a description', () => {
    expect(nameIn('the Iraqi president')).toBeNull();
  });

  it('answers on long runs of spaces or letters (no anchored pattern retried from every place)', () => {
    expect(nameIn(' '.repeat(200_000) + ')')).toBeNull();
    expect(nameIn('x'.repeat(200_000) + '\tx')).toBeNull();
  });
});
