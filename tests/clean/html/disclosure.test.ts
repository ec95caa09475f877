import { describe, expect, it } from 'vitest';
import { isDisclosure, markDisclosures } from '../../../src/clean/html/disclosure.js';
import type { Block } from '../../../src/clean/types.js';

const block = (text: string): Block => ({ start: 0, end: text.length, text, tag: 'p', linkDensity: 0 });

describe('affiliate disclosures', () => {
  it('knows a notice about earning from links', () => {
    expect(isDisclosure('If you buy through our links, we may earn a small commission at no extra cost to you.')).toBe(true);
    expect(isDisclosure('We are a reader-supported harbour guide: when you purchase through links here we may receive a fee.')).toBe(true);
  });

  it('leaves text that only mentions commissions or affiliates', () => {
    expect(isDisclosure('The harbour commission met on Tuesday to approve the new berths.')).toBe(false);
    expect(isDisclosure('Affiliate programs let streamers promote gear to their viewers.')).toBe(false);
  });

  it('leaves a news paragraph with an affiliate, a Commission, links and support in it', () => {
    expect(isDisclosure('The militia, an affiliate of a larger network, has links to port smugglers and receives support from abroad.')).toBe(false);
    expect(isDisclosure('The Harbour Commission voted on Tuesday to support the purchase of the ferry line and its links.')).toBe(false);
  });

  it('knows a first-person notice about commissionable links', () => {
    expect(isDisclosure('This post has commissionable links: if you make a purchase through one, I may receive compensation.')).toBe(true);
  });

  it('marks the notice as chrome and nothing else', () => {
    const texts = ['If you buy through our links, we may earn a commission.', 'The ferries run again from Monday.'];
    expect(markDisclosures(texts.map(block)).map((b) => b.chrome === true)).toEqual([true, false]);
  });
});
