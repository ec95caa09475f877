// The title rules (HTML candidates, text headline lines), on inputs written for these tests.
import { describe, expect, it } from 'vitest';
import { pickTitle, stripSiteName, type TitleCandidates } from '../../src/clean/html/title.js';
import { withoutLabel } from '../../src/clean/rules/title-label.js';
import { bestHeadline, HEADLINE_FEATURES, headlineCandidates, headlineScore } from '../../src/clean/rules/title.js';
import type { Block } from '../../src/clean/types.js';

/** The line the ranker picks among the candidates before `from` (what the engine does with them). */
const findHeadline = (...args: Parameters<typeof headlineCandidates>): number => bestHeadline(headlineCandidates(...args));

const page = (c: Partial<TitleCandidates>): TitleCandidates => ({ og: null, twitter: null, ld: null, tag: null, h1s: [], site: null, ...c });

describe('pickTitle', () => {
  it('takes the head title over an <h1> set in capitals', () => {
    const c = page({ og: 'Ten Quiet Harbours Worth the Detour', h1s: ['TEN QUIET HARBOURS WORTH THE DETOUR IN 2025'] });
    expect(pickTitle(c)).toBe('Ten Quiet Harbours Worth the Detour');
  });

  it('keeps an <h1> in capitals when the head has no title', () => {
    expect(pickTitle(page({ h1s: ['HARBOUR NEWS'] }))).toBe('HARBOUR NEWS');
  });

  it('drops a section label the <h1> carries before the head title', () => {
    const c = page({ og: 'How the Old Harbour Was Rebuilt | Port Weekly', site: 'Port Weekly', h1s: ['Blog: How the Old Harbour Was Rebuilt'] });
    expect(pickTitle(c)).toBe('How the Old Harbour Was Rebuilt');
  });

  it('treats an <h1> that labels the head title ("Blog Name: Headline") as the site', () => {
    const c = page({ og: 'Notes on small sailing boats', tag: 'Harbour Log: Notes on small sailing boats', h1s: ['Harbour Log', 'A first section'] });
    expect(pickTitle(c)).toBe('Notes on small sailing boats');
  });

  it('ignores a head "title" that is really a description', () => {
    const c = page({
      og: 'Harbour Sector Update, Spring 2025',
      twitter: 'Our harbour sector update looks at trends and gives insights across the sector, focusing on deal activity, ship sizes and the market. Download it.',
      h1s: ['Deal Updates'],
    });
    expect(pickTitle(c)).toBe('Harbour Sector Update, Spring 2025');
  });

  it('takes a full-length first <h1> that shares only some words with an SEO head title', () => {
    const c = page({ og: 'Top 7 Harbour Towns for 2025 | Coast Guide', site: 'Coast Guide', h1s: ['7 Harbour Towns Where You Can Still Find a Quiet Mooring This Summer'] });
    expect(pickTitle(c)).toBe('7 Harbour Towns Where You Can Still Find a Quiet Mooring This Summer');
  });

  it('does not take a short <h1> with few words in common (a section name)', () => {
    const c = page({ og: 'Top 7 Harbour Towns for 2025', h1s: ['Travel Guides'] });
    expect(pickTitle(c)).toBe('Top 7 Harbour Towns for 2025');
  });

  it('does not take a later <h1> (a related story) on a few shared words', () => {
    const c = page({ og: 'Top 7 Harbour Towns for 2025', h1s: ['Coast Guide', 'Next in the Coast Guide: Where to Eat in the Harbour Towns This Week'] });
    expect(pickTitle(c)).toBe('Top 7 Harbour Towns for 2025');
  });

  it('does not take a long <h1> whose heading and subheading were glued together', () => {
    const c = page({ og: 'Best Harbour Apps: Top Tide Tables in 2026', h1s: ['The Best Harbour AppsTop Tide Tables and Mooring Planners like Harbourly'] });
    expect(pickTitle(c)).toBe('Best Harbour Apps: Top Tide Tables in 2026');
  });
});

describe('stripSiteName', () => {
  it('cuts a host name after the separator even when the headline is short', () => {
    expect(stripSiteName('TIDE TABLES | Harbourshop.com', null)).toBe('TIDE TABLES');
  });

  it('keeps a short headline whose second part is no host name', () => {
    expect(stripSiteName('Tide Tables | Spring Edition', null, true)).toBe('Tide Tables | Spring Edition');
  });
});

describe('text headline above its standfirst', () => {
  const block = (text: string): Block => ({ start: 0, end: text.length, text, tag: 'line', linkDensity: 0 });
  const lines = [
    'Menu',
    'Harbour towns rebuild their old piers',
    'Five coastal towns are rebuilding their harbour piers this winter, and the fishing fleets are already returning',
    'By Jane Rowe',
    'Body.',
  ];
  const body = ['The coastal towns rebuilding harbour piers expect fishing fleets and ferries back this winter, the towns said.'];
  const blocks = lines.map(block);

  it('takes the shorter headline over the long standfirst under it that the ranker scores higher', () => {
    const cands = headlineCandidates(blocks, 4, (i) => i !== 3, body);
    const score = (i: number) => headlineScore(cands.find((c) => c.index === i)!.features);
    expect(score(2)).toBeGreaterThan(score(1));
    expect(findHeadline(blocks, 4, (i) => i !== 3, body)).toBe(1);
  });

  it('looks past one line that is no candidate between the headline and the standfirst', () => {
    const spaced = [blocks[0]!, blocks[1]!, block('Photo: Port Authority'), ...blocks.slice(2)];
    expect(findHeadline(spaced, 5, (i) => i !== 2 && i !== 4, body)).toBe(1);
  });

  it('keeps the long line when the line above is a short kicker', () => {
    const kicker = blocks.map((b, i) => (i === 1 ? block('Harbour towns') : b));
    expect(findHeadline(kicker, 4, (i) => i !== 3, body)).toBe(2);
  });
});

describe('withoutLabel', () => {
  const block = (text: string): Block => ({ start: 0, end: text.length, text, tag: 'line', linkDensity: 0 });
  const page = (...lines: string[]) => lines.map(block);

  it('drops a one-word label when the page prints the rest on a line of its own', () => {
    expect(withoutLabel(page('Rebuilding the Old Pier', 'Menu', 'Project: Rebuilding the Old Pier'), 2)).toBe('Rebuilding the Old Pier');
  });

  it('keeps the label when the rest is nowhere else on the page (a name, a kicker)', () => {
    expect(withoutLabel(page('Menu', 'Pierlog: Tide Tables for Small Harbours'), 1)).toBe('Pierlog: Tide Tables for Small Harbours');
  });

  it('keeps a longer head before the colon: part of the headline', () => {
    const blocks = page('Harbour towns rebuild', 'Climate and coasts: Harbour towns rebuild');
    expect(withoutLabel(blocks, 1)).toBe('Climate and coasts: Harbour towns rebuild');
  });

  it('drops a label that names the kind of post, even when the rest stands nowhere else', () => {
    expect(withoutLabel(page('Blog: Five Harbour Towns That Rebuilt Their Piers'), 0)).toBe('Five Harbour Towns That Rebuilt Their Piers');
    expect(withoutLabel(page('Case study: How the Ferry Company Cut Its Fuel Bill'), 0)).toBe('How the Ferry Company Cut Its Fuel Bill');
    expect(withoutLabel(page('Blog: Harbours'), 0)).toBe('Blog: Harbours');
  });

  it('takes the last crumb of a trail that ends with the headline', () => {
    expect(withoutLabel(page('Articles > Harbours > Five Towns Rebuild Their Piers'), 0)).toBe('Five Towns Rebuild Their Piers');
    expect(withoutLabel(page('Articles > Harbours > Piers'), 0)).toBe('Articles > Harbours > Piers');
  });
});

describe('text headline candidates', () => {
  const block = (text: string): Block => ({ start: 0, end: text.length, text, tag: 'line', linkDensity: 0 });
  const indices = (lines: string[], from: number) => headlineCandidates(lines.map(block), from, () => true).map((c) => c.index);

  it('never takes a reading time or a date line', () => {
    expect(indices(['Harbour towns rebuild their piers', 'Reading time: 4 minutes', 'Body.'], 2)).toEqual([0]);
  });

  it('never takes account prompts, credits or filler text', () => {
    const lines = ['Log In Get Started Free', 'We Care About Your Privacy', 'Photo via Harbour Archive', 'Lorem ipsum dolor sit amet', 'Harbour towns rebuild their piers', 'Body.'];
    expect(indices(lines, 5)).toEqual([4]);
  });

  it("never takes an advertiser's label", () => {
    expect(indices(['Harbour News Sponsored', 'Presented By Harbour Bank', 'Harbour towns rebuild their piers', 'Body.'], 3)).toEqual([2]);
  });

  it('never takes a link that points on with an arrow or a slash', () => {
    expect(indices(['Top 10 Harbours to Visit Now ›', 'Book your mooring now >', 'Harbour guides /', 'Harbour towns rebuild their piers', 'Body.'], 4)).toEqual([3]);
  });

  const article = [
    'Menu',
    'Harbour towns rebuild their old piers',
    'Five coastal towns are rebuilding their old harbour piers this winter, and the fishing fleets are already coming back to them.',
    'Why the piers matter',
    'The piers carry the boats, the ferries and the tourists, and without them the towns lose most of their trade every summer.',
    'Body.',
  ];

  it('marks the topmost line that heads a paragraph and counts the prose between a line and the body run', () => {
    const cands = headlineCandidates(article.map(block), 5, () => true);
    const feature = (i: number, name: (typeof HEADLINE_FEATURES)[number]) => cands.find((c) => c.index === i)!.features[HEADLINE_FEATURES.indexOf(name)];
    expect(feature(1, 'firstAboveProse')).toBe(1);
    expect(feature(3, 'firstAboveProse')).toBe(0);
    expect(feature(3, 'proseFollows')).toBe(1);
    expect(feature(1, 'proseBetween')).toBeCloseTo(Math.log1p(2));
    expect(feature(3, 'proseBetween')).toBeCloseTo(Math.log1p(1));
  });

  it('takes the line a breadcrumb trail ends with when the ranker scores it about as high as its best', () => {
    const body = ['Harbour moorings cost less this year when anyone is mooring on a budget.'];
    const near = ['Home » Harbours » Cheaper harbour moorings', 'Cheaper harbour moorings', 'Harbour moorings for everyone this year', 'Body.'].map(block);
    const cands = headlineCandidates(near, 3, (i) => i !== 0, body);
    const score = (i: number) => headlineScore(cands.find((c) => c.index === i)!.features);
    expect(score(2)).toBeGreaterThan(score(1));
    expect(findHeadline(near, 3, (i) => i !== 0, body)).toBe(1);
    // Far below the best line it stays a crumb.
    const far = ['Home » Harbours » Cheaper harbour moorings', 'Cheaper harbour moorings', 'Menu', 'Contact', 'Harbour moorings for everyone this year', 'By Jane Rowe', 'Body.'].map(block);
    expect(findHeadline(far, 6, (i) => i !== 0 && i !== 5, body)).toBe(4);
  });
});
