import { describe, expect, it } from 'vitest';
import { one, tag } from './tag.js';

describe('weekdays', () => {
  it('takes the Monday before the reference in past-tense news', () => {
    expect(one('Talabani said on Monday that Iraq wanted them out.')).toEqual(['Monday', 'date', '2013-03-18']);
  });

  it('takes the one after the reference in the future tense', () => {
    expect(one('The talks will resume on Tuesday.')).toEqual(['Tuesday', 'date', '2013-03-26']);
  });

  it('reads each sentence its own tense', () => {
    expect(tag('They met on Monday. They will meet again on Tuesday.')).toEqual([['Monday', 'date', '2013-03-18'], ['Tuesday', 'date', '2013-03-26']]);
  });

  it('takes the reference itself when it is that weekday', () => {
    expect(one('The minister said Friday that he would resign.')).toEqual(['Friday', 'date', '2013-03-22']);
  });

  it('shifts with last and next', () => {
    expect(one('They met last Friday.')).toEqual(['last Friday', 'date', '2013-03-15']);
    expect(one('They meet next Monday.')).toEqual(['next Monday', 'date', '2013-03-25']);
  });

  it('leaves the week unknown without a reference', () => {
    expect(one('Talabani said on Monday that Iraq wanted them out.', null)).toEqual(['Monday', 'date', 'XXXX-WXX-1']);
  });

  it('joins a weekday to the calendar date after it', () => {
    expect(one('The vote is on Saturday, April 27.')).toEqual(['Saturday, April 27', 'date', '2013-04-27']);
  });

  it('reads plural weekdays as sets', () => {
    expect(tag('The market is closed on Mondays.')).toEqual([['Mondays', 'set', 'XXXX-WXX-1']]);
  });
});
