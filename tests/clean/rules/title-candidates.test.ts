// Which lines become headline candidates in text mode, on lines written for these tests.
import { describe, expect, it } from 'vitest';
import { gluedAtMark, HEADLINE_FEATURES, headlineCandidates, headlineText, listItem, looksLikeHeadline, menuPair, withoutCredit } from '../../../src/clean/rules/title.js';
import type { Block } from '../../../src/clean/types.js';

const lines = (...texts: string[]): Block[] => texts.map((text, i) => ({ start: i * 100, end: i * 100 + text.length, text, tag: 'line', linkDensity: 0 }));

/** The texts of the candidates among these lines when the body starts after the last of them. */
const candidateTexts = (...texts: string[]): string[] => {
  const blocks = lines(...texts);
  return headlineCandidates(blocks, blocks.length, () => true).map((c) => blocks[c.index]!.text);
};

describe('headline candidates', () => {
  it('leaves out a trail that starts at the home page', () => {
    expect(candidateTexts('Home > Guides > Keeping Bees', 'Home | Contact Us', 'Home')).toEqual([]);
  });

  it('takes a quoted sentence for no headline, a quoted headline for one', () => {
    expect(looksLikeHeadline('"The new quay opens in March," the mayor said, adding "the ferries come in May."')).toBe(false);
    expect(looksLikeHeadline('“We Will Rebuild the Quay”')).toBe(true);
  });

  it('leaves out photo credits and byline strips', () => {
    expect(candidateTexts('Credit: Anna Berg', 'Image Credit: Harbour Weekly', '12 Comments | Ola Nordmann | Last Updated: May 2, 2024', '3 · by Kari Holm · Updated on 4 June 2025')).toEqual([]);
  });

  it('leaves out photo captions that end in a credit, but not a headline with a colon', () => {
    expect(candidateTexts('The ferry fleet lined up at the old quay. Credit: Anna Berg', 'Our testers rode every bike uphill! Photo: Harbour Weekly')).toEqual([]);
    expect(candidateTexts('Harbour Credit: How the Town Pays for Its Quay')).toEqual(['Harbour Credit: How the Town Pays for Its Quay']);
  });

  it('leaves out the numbered items of a list, not a headline that starts with a number', () => {
    expect(candidateTexts('1. Water the Beds Early', '#2 Mulch Before the Frost', '3) Prune in Late Winter', 'Tip #4 - Rotate Your Crops', 'Step 5: Dig a Trench')).toEqual([]);
    for (const t of ['10 Ways to Water Less', '2025 in Review: The Harbour Year', '1.5 Million Visitors Came to the Quay', 'Step Up Your Pruning', 'Tipping Point for the Ferries']) expect(listItem(t)).toBe(false);
  });

  it('marks a menu\'s pair of sections joined by "&"', () => {
    expect(menuPair('Arts & Entertainment', 3)).toBe(true);
    expect(menuPair('Boats & Harbour Life', 4)).toBe(true);
    expect(menuPair('Bread & Butter: Why the Town Bakery Closed', 7)).toBe(false);
    expect(menuPair('Sun, Sea & Sand', 4)).toBe(false);
    expect(menuPair('Harbour Festival Returns', 3)).toBe(false);
    const blocks = lines('Boats & Harbour Life', 'Ferries Return to the Old Harbour');
    const pair = HEADLINE_FEATURES.indexOf('menuPair');
    const byText = new Map(headlineCandidates(blocks, blocks.length, () => true).map((c) => [blocks[c.index]!.text, c.features[pair]]));
    expect(byText.get('Boats & Harbour Life')).toBe(1);
    expect(byText.get('Ferries Return to the Old Harbour')).toBe(0);
  });

  it('leaves out prompts glued together at a mark, not a headline with a question or brackets', () => {
    expect(candidateTexts('Find the right course for you!Find your school', 'Harbour Guides (Boats & Ferries)Boats')).toEqual([]);
    for (const t of ['Why Did the Ferry Stop? A Look Back', 'The Quay (1920-2020) Remembered', 'Yes! The Ferries Are Back', 'Who Runs the Harbour?']) expect(gluedAtMark(t)).toBe(false);
  });

  it('keeps headlines that merely start with "home"', () => {
    const texts = ['Home Networks and Their Weak Spots', 'Homestead Orchards Feed the Valley'];
    expect(candidateTexts(...texts).sort()).toEqual([...texts].sort());
  });

  it('reads how many of a line\'s words recur in the lead, the body\'s first paragraphs of prose', () => {
    const blocks = lines('Beekeepers Count Their Winter Losses', 'Harbour Festival Tickets on Sale');
    const body = [
      'Beekeepers across the valley say their winter losses were the worst in a decade, with whole hives found empty.',
      'The association asked members to report every colony they count this spring.',
    ];
    const lead = HEADLINE_FEATURES.indexOf('sharedWithLead');
    const cands = headlineCandidates(blocks, blocks.length, () => true, body);
    const byText = new Map(cands.map((c) => [blocks[c.index]!.text, c.features[lead]]));
    expect(byText.get('Beekeepers Count Their Winter Losses')).toBe(1);
    expect(byText.get('Harbour Festival Tickets on Sale')).toBe(0);
  });

  it('marks a year in the line and counts the words beyond the length cap', () => {
    const blocks = lines(
      'The Best Garden Hoses of 2025',
      'Our testers dragged every hose across gravel, left it in the sun for weeks and then measured what the water pressure did',
    );
    const year = HEADLINE_FEATURES.indexOf('hasYear');
    const overLong = HEADLINE_FEATURES.indexOf('overLong');
    const cands = headlineCandidates(blocks, blocks.length, () => true);
    const byIndex = new Map(cands.map((c) => [c.index, c.features]));
    expect(byIndex.get(0)![year]).toBe(1);
    expect(byIndex.get(0)![overLong]).toBe(0);
    expect(byIndex.get(1)![year]).toBe(0);
    expect(byIndex.get(1)![overLong]).toBeCloseTo(10 / 12);
  });
});

describe('standfirst pairs', () => {
  it('marks a headline over the longer standfirst right below it, and the standfirst under it', () => {
    const blocks = lines(
      'Harbour Town Votes to Rebuild Its Quay',
      'After two winters of storm damage the council agreed on a plan that the fishermen had asked for since 2019',
      'Ferry Times',
    );
    const over = HEADLINE_FEATURES.indexOf('overStandfirst');
    const under = HEADLINE_FEATURES.indexOf('underHeadline');
    const byIndex = new Map(headlineCandidates(blocks, blocks.length, () => true).map((c) => [c.index, c.features]));
    expect([byIndex.get(0)![over], byIndex.get(0)![under]]).toEqual([1, 0]);
    expect([byIndex.get(1)![over], byIndex.get(1)![under]]).toEqual([0, 1]);
    expect([byIndex.get(2)![over], byIndex.get(2)![under]]).toEqual([0, 0]);
  });

  it('looks past one line that is no candidate (a date) but not past a candidate', () => {
    const standfirst = 'The ferry company says the new timetable will add four sailings a day once the quay work is done';
    const withDate = lines('Ferries Return to the Old Harbour', 'March 3, 2025', standfirst);
    const withKicker = lines('Ferries Return to the Old Harbour', 'Harbour News Today', standfirst);
    const over = HEADLINE_FEATURES.indexOf('overStandfirst');
    const first = (blocks: Block[]) => headlineCandidates(blocks, blocks.length, () => true).find((c) => c.index === 0)!.features[over];
    expect(first(withDate)).toBe(1);
    expect(first(withKicker)).toBe(0);
  });

  it('leaves a short kicker over a standfirst unmarked', () => {
    const blocks = lines('Harbour News', 'After two winters of storm damage the council agreed on a plan that the fishermen had asked for');
    const over = HEADLINE_FEATURES.indexOf('overStandfirst');
    expect(headlineCandidates(blocks, blocks.length, () => true).find((c) => c.index === 0)!.features[over]).toBe(0);
  });
});

describe('a bare name over a date', () => {
  const nameBeforeDate = HEADLINE_FEATURES.indexOf('nameBeforeDate');
  const marks = (...texts: string[]) => {
    const blocks = lines(...texts);
    return new Map(headlineCandidates(blocks, blocks.length, () => true).map((c) => [blocks[c.index]!.text, c.features[nameBeforeDate]]));
  };

  it('marks a short capitalised line right over a date or byline line', () => {
    const m = marks('Harbour Town Votes to Rebuild Its Quay', 'Kari Nordmann', 'March 3, 2025');
    expect(m.get('Kari Nordmann')).toBe(1);
    expect(m.get('Harbour Town Votes to Rebuild Its Quay')).toBe(0);
  });

  it('leaves short lines unmarked that are not all capitalised, hold digits or stand over no date', () => {
    const m = marks('Quay works begin', 'March 3, 2025', 'Top 10 Quays', 'Updated May 2, 2025', 'Ferry Timetable Changes', 'The council met on Monday.');
    expect(m.get('Quay works begin')).toBe(0);
    expect(m.get('Top 10 Quays')).toBe(0);
    expect(m.get('Ferry Timetable Changes')).toBe(0);
  });
});

describe('a bracketed note', () => {
  it('marks a line with a note in brackets ("(2025)", "[Tested]"), as listicle headlines carry', () => {
    const blocks = lines('Best Harbour Towns (2025 Guide)', 'Ten Quays We Tested [Ranked]', 'Harbour Town Votes to Rebuild');
    const bracketed = HEADLINE_FEATURES.indexOf('bracketed');
    const byText = new Map(headlineCandidates(blocks, blocks.length, () => true).map((c) => [blocks[c.index]!.text, c.features[bracketed]]));
    expect(byText.get('Best Harbour Towns (2025 Guide)')).toBe(1);
    expect(byText.get('Ten Quays We Tested [Ranked]')).toBe(1);
    expect(byText.get('Harbour Town Votes to Rebuild')).toBe(0);
  });
});

describe('headline text', () => {
  it('cuts an aggregator\'s source credit and comment count off the headline', () => {
    expect(withoutCredit('Harbour Town Votes to Rebuild Its Quay (harbourweekly.com) 42')).toBe('Harbour Town Votes to Rebuild Its Quay');
    expect(withoutCredit('Harbour Town Votes to Rebuild Its Quay (harbourweekly.co.uk)')).toBe('Harbour Town Votes to Rebuild Its Quay');
    expect(withoutCredit('The Quay (1920-2020) Remembered')).toBe('The Quay (1920-2020) Remembered');
    expect(withoutCredit('Ferry Times (Summer Edition)')).toBe('Ferry Times (Summer Edition)');
    const blocks = lines('Ferries Return to the Old Harbour (harbourweekly.com) 7');
    expect(headlineText(blocks, 0)).toBe('Ferries Return to the Old Harbour');
  });
});
