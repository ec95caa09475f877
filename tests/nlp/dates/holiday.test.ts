import { describe, expect, it } from 'vitest';
import { one, tag } from './tag.js';

describe('holidays', () => {
  it('computes movable and fixed feasts in the nearest year', () => {
    expect(one('The talks resume after Easter.')).toEqual(['Easter', 'date', '2013-03-31']);
    expect(one('He was released on Christmas Day.')).toEqual(['Christmas Day', 'date', '2012-12-25']);
    expect(one('They met on Thanksgiving.')).toEqual(['Thanksgiving', 'date', '2012-11-22']);
  });

  it('takes "last", "next" and "this" before a holiday into the expression', () => {
    // Reference Friday 22 March 2013: Easter 2013 falls on 31 March.
    expect(one('He was rescued at sea last Thanksgiving following a storm.')).toEqual(['last Thanksgiving', 'date', '2012-11-22']);
    expect(one('They plan to marry next Christmas.')).toEqual(['next Christmas', 'date', '2013-12-25']);
    expect(one('Last Easter, the square was full.')).toEqual(['Last Easter', 'date', '2012-04-08']);
    expect(one('This Easter, the square will be full.')).toEqual(['This Easter', 'date', '2013-03-31']);
  });

  it('does not read "the last Christmas" as a shift', () => {
    expect(tag('It was the last Christmas before the war.').map((r) => r[0])).toEqual(['Christmas']);
  });
});
