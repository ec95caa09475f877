// Things that look like dates and are not.
import { describe, expect, it } from 'vitest';
import { tag } from './tag.js';

describe('not dates', () => {
  it('does not read May the name or may the verb', () => {
    expect(tag('May Smith said prices may rise.')).toEqual([]);
    expect(tag('Theresa May met the press.')).toEqual([]);
  });

  it('does not read March the verb', () => {
    expect(tag('Thousands will March on the capital.')).toEqual([]);
  });

  it('does not read decimals, phone numbers or scores', () => {
    expect(tag('Growth was 6.5 percent.')).toEqual([]);
    expect(tag('Call 555-1990 or (212) 555-2012 for details.')).toEqual([]);
    expect(tag('Iraq won 3-1 against Iran.')).toEqual([]);
  });

  it('does not read counts as years', () => {
    expect(tag('a camp which contains more than 3,000 Iranians')).toEqual([]);
    expect(tag('More than 1990 people were hurt.')).toEqual([]);
    expect(tag('The fund paid out $2000 and sent 2,000 letters.')).toEqual([]);
  });

  it('still reads the year in a nearby phrase', () => {
    expect(tag("Iran's Islamic revolution in 1979 and 3,000 Iranians")).toEqual([['1979', 'date', '1979']]);
  });

  it('does not read room, flight or route numbers as years', () => {
    expect(tag('She boarded Flight 1990 from Room 2010 on Route 1999.')).toEqual([]);
  });

  it('does not read Bible verses or acronyms as times and months', () => {
    expect(tag('He quoted John 3:16 to DEC engineers.')).toEqual([]);
  });

  it('does not read ordinals and sequence words as durations', () => {
    expect(tag('He won a second term.')).toEqual([]);
  });
});
