// A rule's `follows` only spares the engine calls that cannot match: trying every rule on every
// trigger finds the same expressions.
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../../src/nlp/dates/calendar.js';
import { Engine } from '../../../src/nlp/dates/engine.js';
import { dateRules } from '../../../src/nlp/dates/index.js';
import { splitSentences } from '../../../src/nlp/segment.js';
import { REF } from './tag.js';

const withFollows = new Engine(dateRules);
const everyRule = new Engine(dateRules.map((r) => ({ name: r.name, triggers: r.triggers, match: r.match.bind(r) })));
const both = (text: string, ref: string | null) => {
  const sentences = splitSentences(text);
  return [withFollows.run(text, sentences, parseReference(ref)), everyRule.run(text, sentences, parseReference(ref))];
};

describe('rule follows', () => {
  it('some rules declare the words that must follow a trigger', () => {
    expect(dateRules.filter((r) => r.follows).length).toBeGreaterThan(5);
  });

  it('find what trying every rule finds, on written examples', () => {
    const texts = [
      'In the third quarter of 1990, the year-ago period and the latest quarter fell; the first half was flat.',
      'The past two months, the next three years and the coming weeks; the previous Friday and the following day.',
      'The day before yesterday, the weekend, the same month, the fiscal year, the spring, the morning, the past.',
      'The near term, the 1980s, the 5-24 Month Collection, the 364.25 days, the five years, the decades ahead.',
      'A year ago, a couple of weeks later, an hour and a half, twice a week, a later date, a few days.',
      'At 10:30 a.m., 5 pm, 6 o\'clock, 4 in the morning; 12th of May, 3 March, 3/22/2013, 2013-03-22; the 20th century.',
      "This spring, this past weekend, this coming Monday, this year's third quarter, this morning; in the '80s and the 1990s.",
      'That year, that same day; 2 1/2 years, 12 to 18 months, 10-year, 8 more days; as soon as possible, at present.',
      "Last year's fourth quarter, next year's first half, the year-ago period, 1988 second quarter, the 3rd quarter, first fiscal quarter.",
      'Two hundred years ago, twenty-four hours later, one and a half days, several more weeks, dozens of years, the past few months.',
    ];
    for (const text of texts) for (const ref of [REF, null]) {
      const [a, b] = both(text, ref);
      expect(a).toEqual(b);
    }
  });

  it('find what trying every rule finds, whatever the word salad', () => {
    const words = ("the a an this last next past previous following prior preceding same current latest recent fiscal year years month "
      + 'months week weeks day days weekend quarter half period first second third final morning night evening spring winter '
      + "fall summer near short term present time few several couple dozens one two twenty - ' s , . : / 1 12 1989 1990s 3/22/2013 "
      + 'ago later earlier before after from now Monday Friday May December to or more full long old of that these st th nd s century '
      + ": am pm a.m. p.m. o'clock in 3 30 5 2 1/2 dozen half hundred thousand trading straight soon at as 12th ’ 80s and "
      + 'year-ago year-earlier latest comparable recent coming early').split(' ');
    let seed = 7;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let i = 1 + rand(10); i > 0; i--) s += words[rand(words.length)]! + (rand(6) === 0 ? '' : ' ');
      const [a, b] = both(s, k % 2 ? REF : null);
      expect(a).toEqual(b);
    }
  });
});
