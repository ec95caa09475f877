// A headline printed on one line with its date, on lines written for these tests.
import { describe, expect, it } from 'vitest';
import { headlineCandidates, headlineText } from '../../../src/clean/rules/title.js';
import { withoutDate } from '../../../src/clean/rules/title-date.js';
import type { Block } from '../../../src/clean/types.js';

const lines = (...texts: string[]): Block[] => texts.map((text, i) => ({ start: i * 100, end: i * 100 + text.length, text, tag: 'line', linkDensity: 0 }));

describe('withoutDate', () => {
  it('cuts a date before or after the headline', () => {
    expect(withoutDate('Mar 4 2024 Rebuilding the Old Quay Wall')).toBe('Rebuilding the Old Quay Wall');
    expect(withoutDate('Harbour Notes week 3 12 March 2024')).toBe('Harbour Notes week 3');
    expect(withoutDate('Ferries Return to the Quay – 2024-03-12')).toBe('Ferries Return to the Quay');
    expect(withoutDate('September 3rd, 2024 | The Night the Ferry Came Back')).toBe('The Night the Ferry Came Back');
  });

  it('leaves lines without a date at either end, or with too little besides it', () => {
    expect(withoutDate('Rebuilding the Quay in March 2024 and After')).toBeNull();
    expect(withoutDate('Updated Mar 4 2024')).toBeNull();
    expect(withoutDate('Harbour Weekly Mar 4 2024')).toBeNull();
    // "Week 2 2025" is no date: the month group must name a month.
    expect(withoutDate('Rowing Club Week 12 2025')).toBeNull();
  });
});

describe('dated headline lines', () => {
  it('are candidates without their date, and the title is the line without it', () => {
    const blocks = lines('Harbour Weekly', 'Mar 4 2024 Rebuilding the Old Quay Wall');
    const cands = headlineCandidates(blocks, blocks.length, () => true);
    expect(cands.map((c) => c.index)).toEqual([1, 0]);
    expect(headlineText(blocks, 1)).toBe('Rebuilding the Old Quay Wall');
  });

  it('leave a date line whose rest is a byline', () => {
    const blocks = lines('Mar 4 2024 By Anna Berg and Kari Holm');
    expect(headlineCandidates(blocks, blocks.length, () => true)).toEqual([]);
  });
});

describe('headline quotes', () => {
  it('makes apostrophes plain and keeps double quotation marks as the page sets them', () => {
    const blocks = lines('Harbour’s New App “Tide” Tells the Ferry Times');
    expect(headlineText(blocks, 0)).toBe('Harbour\'s New App “Tide” Tells the Ferry Times');
  });
});
