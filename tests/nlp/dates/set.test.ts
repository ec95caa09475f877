import { describe, expect, it } from 'vitest';
import { one, tag } from './tag.js';

describe('sets', () => {
  it('reads frequency adverbs', () => {
    expect(one('The paper is published daily.')).toEqual(['daily', 'set', 'P1D']);
    expect(one('Dividends are paid annually.')).toEqual(['annually', 'set', 'P1Y']);
  });

  it('reads every and each', () => {
    expect(one('They meet every month.')).toEqual(['every month', 'set', 'P1M']);
    expect(one('They meet every three months.')).toEqual(['every three months', 'set', 'P3M']);
    expect(one('They meet each Thursday.')).toEqual(['each Thursday', 'set', 'XXXX-WXX-4']);
  });

  it('reads a unit after a frequency, not after a rate', () => {
    expect(one('The board meets twice a year.')).toEqual(['a year', 'set', 'P1Y']);
    expect(tag('It should save $500 million a year.')).toEqual([]);
  });

  it('does not read a newspaper name as a set', () => {
    expect(tag('He told the Daily Mail.')).toEqual([]);
  });
});
