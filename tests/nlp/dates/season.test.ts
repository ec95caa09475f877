import { describe, expect, it } from 'vitest';
import { one, tag } from './tag.js';

describe('seasons', () => {
  it('resolves this and last against the reference', () => {
    expect(one('The vote is expected this summer.')).toEqual(['this summer', 'date', '2013-SU']);
    expect(one('He resigned last fall.')).toEqual(['last fall', 'date', '2012-FA']);
  });

  it('reads a season with its year', () => {
    expect(one('It happened in the winter of 1994.')).toEqual(['the winter of 1994', 'date', '1994-WI']);
  });

  it('does not read fall and spring as seasons on their own', () => {
    expect(tag('the fall of the regime')).toEqual([]);
    expect(tag('He had a spring in his step.')).toEqual([]);
  });

  it('reads "in the spring" as the coming or the last spring', () => {
    expect(one('"We will meet again in the spring," he said.')).toEqual(['the spring', 'date', '2013-SP']);
  });
});
