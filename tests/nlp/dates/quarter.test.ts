import { describe, expect, it } from 'vitest';
import { one } from './tag.js';

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

  it('reads halves', () => {
    expect(one('Sales should improve in the first half of 1990.')).toEqual(['the first half of 1990', 'date', '1990-H1']);
  });
});
