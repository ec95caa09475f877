import { describe, expect, it } from 'vitest';
import { mostNamedQuarter } from '../../../src/nlp/dates/reported-quarter.js';
import { tokenize } from '../../../src/nlp/dates/tokens.js';
import { one, tag } from './tag.js';

describe('quarters and halves', () => {
  it('puts a later quarter spoken of in the past in the year before', () => {
    expect(one('Its third-quarter profit rose 5%.')).toEqual(['third-quarter', 'date', '2012-Q3']);
  });

  it('keeps the running year in the future tense', () => {
    expect(one('The company expects growth in the third quarter.')).toEqual(['the third quarter', 'date', '2013-Q3']);
  });

  it('reads explicit years', () => {
    expect(one('Sales fell in the fourth quarter of 1990.')).toEqual(['the fourth quarter of 1990', 'date', '1990-Q4']);
  });

  it('reads the quarter just reported and the one a year before', () => {
    expect(one('Net income in the latest quarter rose.')).toEqual(['the latest quarter', 'date', '2012-Q4']);
    expect(one('Net income in the year-ago quarter was $4 million.')).toEqual(['the year-ago quarter', 'date', '2011-Q4']);
  });

  it('reads "the quarter" and "a year ago" of an earnings story as the quarter it names', () => {
    // Reference 2013-03-22: a third quarter spoken of is last year's.
    expect(tag('Sun posted a loss in the fiscal third quarter. Sales in the quarter rose.')).toEqual([
      ['the fiscal third quarter', 'date', '2012-Q3'], ['the quarter', 'date', '2012-Q3'],
    ]);
    expect(tag('Third-quarter profit rose from $4 million a year ago. Quarterly sales fell.')).toEqual([
      ['Third-quarter', 'date', '2012-Q3'], ['a year ago', 'date', '2011-Q3'],
    ]);
    expect(tag('Net income in the year-ago quarter fell; the fiscal first quarter was weak.')).toEqual([
      ['the year-ago quarter', 'date', '2012-Q1'], ['the fiscal first quarter', 'date', '2013-Q1'],
    ]);
  });

  it('takes one ordinal quarter as earnings news, not a quarter of something', () => {
    expect(tag('Third-quarter profit rose from $4 million a year ago.')).toEqual([
      ['Third-quarter', 'date', '2012-Q3'], ['a year ago', 'date', '2011-Q3'],
    ]);
    expect(one('A quarter of the staff left a year ago.')).toEqual(['a year ago', 'date', '2012']);
  });

  it('finds the quarter a story names most, the first named on a tie, none when it names none', () => {
    const q = (text: string) => mostNamedQuarter(tokenize(text));
    expect(q('Third-quarter net rose. The fourth quarter will be weak. Third quarter sales fell.')).toBe(3);
    expect(q('The fiscal second quarter was strong; the fourth quarter will be weak.')).toBe(2);
    expect(q('The first fiscal quarter ended Sept. 30.')).toBe(1);
    expect(q('Its first quarterly loss came in the second half.')).toBe(0);
    expect(q('Net income in the latest quarter rose.')).toBe(0);
  });

  it('reads a period followed by "last year" or "a year ago" as that period of the year before', () => {
    expect(one('Net rose from $4 million in the corresponding period last year.')).toEqual(['the corresponding period last year', 'date', '2011-Q4']);
    expect(one('For the quarter a year ago, it earned $3 million.')).toEqual(['the quarter a year ago', 'date', '2011-Q4']);
    expect(one('Sales in the third quarter last year fell.')).toEqual(['the third quarter last year', 'date', '2012-Q3']);
  });

  it('keeps them apart across a comma, and keeps an explicit year', () => {
    expect(tag('Sales rose in the quarter, a year ago they fell.')).toEqual([['the quarter', 'date', '2012-Q4'], ['a year ago', 'date', '2012']]);
    expect(tag('Sales in the third quarter of 1990 last year fell.')[0]).toEqual(['the third quarter of 1990', 'date', '1990-Q3']);
  });

  it('reads halves', () => {
    expect(one('Sales should improve in the first half of 1990.')).toEqual(['the first half of 1990', 'date', '1990-H1']);
  });

  it('reads the codes of financial news: Q4, Q4 2012, Q1/2013, H2 2012', () => {
    expect(one('Profit rose 5% in Q4 2012.')).toEqual(['Q4 2012', 'date', '2012-Q4']);
    expect(one('Profit rose 5% in Q4.')).toEqual(['Q4', 'date', '2012-Q4']);
    expect(one('Profit will rise in Q2.')).toEqual(['Q2', 'date', '2013-Q2']);
    expect(one('Results for Q1/2013 were weak.')).toEqual(['Q1/2013', 'date', '2013-Q1']);
    expect(one('In H2 2012, sales fell.')).toEqual(['H2 2012', 'date', '2012-H2']);
  });

  it('leaves codes that are not periods alone', () => {
    expect(tag('The H1N1 virus spread.')).toEqual([]);
    expect(tag('He called the H1-B program a failure.')).toEqual([]);
    expect(tag('Focus on headers (H1, H2, H3).')).toEqual([]);
    expect(tag('FAQs: Q1. Is coffee healthy? Q2. How much is too much?')).toEqual([]);
    expect(tag('The Q4s are out.')).toEqual([]);
  });
});
