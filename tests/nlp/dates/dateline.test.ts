import { describe, expect, it } from 'vitest';
import { findPublishedDate } from '../../../src/nlp/dates/dateline.js';

describe('publication date from the text', () => {
  it('reads a date line and a byline stamp', () => {
    expect(findPublishedDate('Iraq wants Iranian opposition out\nMarch 22, 2013\n\nBAGHDAD – The president said ...')).toBe('2013-03-22');
    expect(findPublishedDate('By Jane Doe | Published: 2013-03-22 14:05 GMT\nThe president said on Monday ...')).toBe('2013-03-22');
  });

  it('reads a dateline with a full date', () => {
    expect(findPublishedDate('BAGHDAD, March 22, 2013 (Xinhua) – Iraqi President Jalal Talabani said on Monday that Iraq wanted to expel the group from its soil for good.')).toBe('2013-03-22');
  });

  it('does not take the story\'s first date for the publication date', () => {
    expect(findPublishedDate('On March 22, 1990, the company, which had been struggling for years, filed for bankruptcy protection in a Delaware court after talks with its lenders failed.')).toBeNull();
    expect(findPublishedDate('BAGHDAD, Xinhua – Iraqi President Jalal Talabani said on Monday that Iraq wanted to expel the group.')).toBeNull();
  });
});
