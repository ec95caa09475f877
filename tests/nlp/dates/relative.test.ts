import { describe, expect, it } from 'vitest';
import { one, tag } from './tag.js';

describe('relative dates', () => {
  it('resolves today, yesterday and tomorrow', () => {
    expect(one('The minister spoke today.')).toEqual(['today', 'date', '2013-03-22']);
    expect(one('The minister spoke yesterday.')).toEqual(['yesterday', 'date', '2013-03-21']);
    expect(one('The minister speaks tomorrow.')).toEqual(['tomorrow', 'date', '2013-03-23']);
  });

  it('shifts years, months and weeks', () => {
    expect(one('Profits fell last year.')).toEqual(['last year', 'date', '2012']);
    expect(one('Profits rose this month.')).toEqual(['this month', 'date', '2013-03']);
    expect(one('They meet next week.')).toEqual(['next week', 'date', '2013-W13']);
    expect(one('They met last week.')).toEqual(['last week', 'date', '2013-W11']);
    expect(one('Profits fell in the past year.')).toEqual(['the past year', 'date', '2012']);
  });

  it('counts back with ago and earlier', () => {
    expect(one('He left three years ago.')).toEqual(['three years ago', 'date', '2010']);
    expect(one('He left two days ago.')).toEqual(['two days ago', 'date', '2013-03-20']);
    expect(one('Sales were $5 million a year earlier.')).toEqual(['a year earlier', 'date', '2012']);
    expect(one('He left several years ago.')).toEqual(['several years ago', 'date', 'PAST_REF']);
  });

  it('names months relative to the reference', () => {
    expect(one('He was elected last April.')).toEqual(['last April', 'date', '2012-04']);
    expect(one('He was elected in January this year.')).toEqual(['January this year', 'date', '2013-01']);
  });

  it('finds the last weekend and the end of the year', () => {
    expect(one('Protests continued over the weekend.')).toEqual(['the weekend', 'date', '2013-W11-WE']);
    expect(one('The deal should close by year-end.')).toEqual(['year-end', 'date', '2013']);
  });

  it('reads anaphors against the last date written out', () => {
    expect(tag('The plant opened in June 1998 and closed later that year.')).toEqual([
      ['June 1998', 'date', '1998-06'],
      ['later that year', 'date', '1998'],
    ]);
    expect(tag('He was arrested on May 3, 2001. The following day he was freed.')).toEqual([
      ['May 3, 2001', 'date', '2001-05-03'],
      ['The following day', 'date', '2001-05-04'],
    ]);
  });
});

describe('generic "today\'s"', () => {
  it('leaves out "today\'s" meaning "of our time"', () => {
    expect(tag("In today's world, few people write letters.")).toEqual([]);
    expect(tag("By today's standards the car was cheap.")).toEqual([]);
    expect(tag("Many of today's personal computers use the chip.")).toEqual([]);
  });

  it('keeps "today\'s" before an event of the day', () => {
    expect(tag("Today's vote was close.")).toEqual([['Today', 'date', '2013-03-22']]);
  });
});

