// Properties of the whole stage: offsets, order, and linear time on pathological input.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/nlp/dates/index.js';
import { splitSentences } from '../../../src/nlp/segment.js';
import { REF } from './tag.js';

const run = (text: string, ref: string | null = REF) => findDates(text, splitSentences(text), ref);

describe('date engine', () => {
  const text = 'BAGHDAD, Xinhua – Iraqi President Jalal Talabani said on Monday that the group, founded in 1981, '
    + 'had been under protection for five years. The Iran–Iraq eight-year war of the 1980s ended in 1988. '
    + 'In December 2011, 3,000 members were moved; talks resume next week at 10 a.m.';

  it('keeps every span consistent with the text, in order and without overlaps', () => {
    const dates = run(text);
    expect(dates.length).toBeGreaterThan(6);
    let last = 0;
    for (const d of dates) {
      expect(text.slice(d.start, d.end)).toBe(d.text);
      expect(d.start).toBeGreaterThanOrEqual(last);
      last = d.end;
    }
  });

  it('finds the seed expressions with their types and values', () => {
    const got = run(text, null).map((d) => [d.text, d.type, d.value]);
    expect(got).toEqual(expect.arrayContaining([
      ['Monday', 'date', 'XXXX-WXX-1'], ['1981', 'date', '1981'], ['five years', 'duration', 'P5Y'],
      ['eight-year', 'duration', 'P8Y'], ['the 1980s', 'date', '198'], ['December 2011', 'date', '2011-12'],
    ]));
  });

  it('accepts a full ISO timestamp as the reference', () => {
    expect(run('He spoke yesterday.', '2013-03-22T14:00:00Z').map((d) => d.value)).toEqual(['2013-03-21']);
  });

  it('handles empty text and text without dates', () => {
    expect(run('')).toEqual([]);
    expect(run('No temporal words here at all.')).toEqual([]);
  });

  // The timeout only turns a hang into a failure; tests/regexes.test.ts proves the patterns linear.
  it('never throws on pathological input', { timeout: 60_000 }, () => {
    const inputs = [
      'x'.repeat(1_000_000),
      '"'.repeat(10_000),
      'Capital '.repeat(100_000),
      '1990 '.repeat(50_000),
      'the past '.repeat(50_000),
      'May '.repeat(50_000),
      '1-'.repeat(100_000),
    ];
    for (const s of inputs) expect(() => run(s)).not.toThrow();
  });

  it('writes only well-formed TIMEX3 values, whatever the word salad', () => {
    const words = ("the a last next this past following that same year years month week day quarter half fiscal third-quarter first - ' s , . : / "
      + "1 12 31 1989 1990s '80s 3/22/2013 2013-03-22 10:35 a.m. p.m. noon Monday Mondays Friday May Dec. December spring fall summer ago "
      + 'earlier later now recently every each daily twice nineteen ninety-six twenty-four in of on early late mid end nearly more than '
      + 'year-end year-ago Christmas Easter 20th century nineties tonight night $ % 3,000 6.5 35 1989').split(' ');
    const ok = /^(PRESENT_REF|PAST_REF|FUTURE_REF|PT?(\d+(\.\d+)?|X)(Y|M|W|D|H|S|Q|DE|CE)(T?\d+[MDHS])*|(\d{4}|XXXX)(-(0[1-9]|1[0-2]|XX)(-(0[1-9]|[12]\d|3[01]|XX))?)?(T(\d\d:\d\d|MO|AF|EV|NI))?|(\d{4}|XXXX)-W(0[1-9]|[1-4]\d|5[0-3]|XX)(-([1-7]|WE))?(T(MO|AF|EV|NI|\d\d:\d\d))?|(\d{4}|XXXX)-(Q[1-4X]|H[12]|SP|SU|FA|WI)|\d{3}X|\d{2}XX)$/;
    let seed = 42;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let i = 1 + rand(12); i > 0; i--) s += words[rand(words.length)]! + (rand(5) === 0 ? '' : ' ');
      for (const d of run(s, k % 2 ? REF : null)) {
        expect(s.slice(d.start, d.end)).toBe(d.text);
        expect(d.value).toMatch(ok);
      }
    }
  });
});
