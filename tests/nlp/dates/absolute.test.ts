import { describe, expect, it } from 'vitest';
import { one, tag } from './tag.js';

describe('absolute dates', () => {
  it('reads month, day and year', () => {
    expect(one('The deal was signed on Dec. 15, 1989, in Paris.')).toEqual(['Dec. 15, 1989', 'date', '1989-12-15']);
    expect(one('He arrived on August 7, 1998.')).toEqual(['August 7, 1998', 'date', '1998-08-07']);
    expect(one('He arrived on 7 August 1998.')).toEqual(['7 August 1998', 'date', '1998-08-07']);
  });

  it('reads a month with its year', () => {
    expect(one('In December 2011, the United Nations and Baghdad agreed.')).toEqual(['December 2011', 'date', '2011-12']);
  });

  it('puts a day without a year in the nearest year', () => {
    expect(one('The vote is set for April 2.')).toEqual(['April 2', 'date', '2013-04-02']);
    expect(one('The contract was signed Oct. 31.')).toEqual(['Oct. 31', 'date', '2012-10-31']);
  });

  it('puts a month alone before the reference in the past tense', () => {
    expect(one('He resigned in April.')).toEqual(['April', 'date', '2012-04']);
    expect(one('The talks will resume in April.')).toEqual(['April', 'date', '2013-04']);
  });

  it('takes next month as the coming one in a past-tense sentence, unless a past verb stands right before it', () => {
    expect(one('The company told suppliers of a cut in output in April.')).toEqual(['April', 'date', '2013-04']);
    expect(one('Regulators gave the bidder until mid-April to reply.')).toEqual(['mid-April', 'date', '2013-04']);
    expect(one('He resigned in April.')).toEqual(['April', 'date', '2012-04']);
  });

  it('keeps a month further ahead in the past tense last year\'s', () => {
    expect(one('The company told suppliers of a cut in output in May.')).toEqual(['May', 'date', '2012-05']);
  });

  it('without a tense, takes a month or day nearer half a year ahead than back as the one before', () => {
    expect(one('The September attack is under investigation.')).toEqual(['September', 'date', '2012-09']);
    expect(one('The Sept. 23 attack is under investigation.')).toEqual(['Sept. 23', 'date', '2012-09-23']);
  });

  it('keeps a month up to four months ahead, or one the future tense points at, the coming one', () => {
    expect(one('The July vote is close.')).toEqual(['July', 'date', '2013-07']);
    expect(one('The vote will take place in September.')).toEqual(['September', 'date', '2013-09']);
  });

  it('reads years, glued ones and fiscal ones', () => {
    expect(one('The group was founded in 1981 in Paris.')).toEqual(['1981', 'date', '1981']);
    expect(one('since the regime was toppled in2003 and the')).toEqual(['2003', 'date', '2003']);
    expect(one('Sales for fiscal 1989 rose.')).toEqual(['fiscal 1989', 'date', '1989']);
    expect(one('It happened in nineteen ninety-six.')).toEqual(['nineteen ninety-six', 'date', '1996']);
  });

  it('reads numeric dates', () => {
    expect(one('Posted 2013-03-20 by staff.')).toEqual(['2013-03-20', 'date', '2013-03-20']);
    expect(one('Filed on 3/22/2013.')).toEqual(['3/22/2013', 'date', '2013-03-22']);
  });

  it('writes an unknown year as XXXX without a reference', () => {
    expect(tag('The vote is on April 2.', null)).toEqual([['April 2', 'date', 'XXXX-04-02']]);
  });
});

describe('fiscal years written FY', () => {
  it('reads FY2013 and FY 2013 as the year', () => {
    expect(one('Sales rose in FY2012.')).toEqual(['FY2012', 'date', '2012']);
    expect(one('Sales rose in FY 2012.')).toEqual(['FY 2012', 'date', '2012']);
  });
});

describe('ranges and pairs of days', () => {
  it('reads "Feb. 20-22" and "April 24 and 25" as two dates in one month', () => {
    expect(tag('The poll was conducted March 11-13 by telephone.')).toEqual([['March 11', 'date', '2013-03-11'], ['13', 'date', '2013-03-13']]);
    expect(tag('The summit is on April 24 and 25.')).toEqual([['April 24', 'date', '2013-04-24'], ['25', 'date', '2013-04-25']]);
    expect(tag('The fair ran Feb. 20-22, 2012.')).toEqual([['Feb. 20', 'date', '2012-02-20'], ['22, 2012', 'date', '2012-02-22']]);
  });

  it('leaves scores, amounts and clocks after a day alone', () => {
    expect(tag('The score was 20-22 at the half.')).toEqual([]);
    expect(tag('He served 7-year terms.')).toEqual([['7-year', 'duration', 'P7Y']]);
    expect(tag('Rates rose on Feb. 10 to 12 percent.').map((r) => r[0])).toEqual(['Feb. 10']);
  });
});
