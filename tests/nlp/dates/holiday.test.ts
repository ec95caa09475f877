import { describe, expect, it } from 'vitest';
import { one } from './tag.js';

describe('holidays', () => {
  it('computes movable and fixed feasts in the nearest year', () => {
    expect(one('The talks resume after Easter.')).toEqual(['Easter', 'date', '2013-03-31']);
    expect(one('He was released on Christmas Day.')).toEqual(['Christmas Day', 'date', '2012-12-25']);
    expect(one('They met on Thanksgiving.')).toEqual(['Thanksgiving', 'date', '2012-11-22']);
  });
});
