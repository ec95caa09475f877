import { describe, expect, it } from 'vitest';
import { one } from './tag.js';

describe('times of day', () => {
  it('anchors a clock time to the reference', () => {
    expect(one('The blast came at 10:35 a.m. local time.')).toEqual(['10:35 a.m.', 'time', '2013-03-22T10:35']);
    expect(one('The market closed at noon.')).toEqual(['noon', 'time', '2013-03-22T12:00']);
  });

  it('joins a clock time to the day after it', () => {
    expect(one('The blast came at 10 p.m. Wednesday.')).toEqual(['10 p.m. Wednesday', 'time', '2013-03-20T22:00']);
  });

  it('reads parts of the day', () => {
    expect(one('He spoke this morning.')).toEqual(['this morning', 'time', '2013-03-22TMO']);
    expect(one('He will speak tonight.')).toEqual(['tonight', 'time', '2013-03-22TNI']);
    expect(one('He was shot Friday night.')).toEqual(['Friday night', 'time', '2013-03-22TNI']);
    expect(one('He was shot last night.')).toEqual(['last night', 'time', '2013-03-21TNI']);
  });

  it('reads a weekday with a plural part of the day as every such one, not the nearest', () => {
    expect(one('Flights leave on Tuesday nights.')).toEqual(['Tuesday nights', 'set', 'XXXX-WXX-2TNI']);
    expect(one('Flights leave on Tuesday nights.', null)).toEqual(['Tuesday nights', 'set', 'XXXX-WXX-2TNI']);
    expect(one('The flight left on Tuesday night.')).toEqual(['Tuesday night', 'time', '2013-03-19TNI']);
  });
});
