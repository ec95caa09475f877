import { describe, expect, it } from 'vitest';
import { splitCrumbs, breadcrumb } from '../../src/clean/rules/breadcrumb.js';
import { byline, splitNames } from '../../src/clean/rules/byline.js';
import { findDateline } from '../../src/clean/rules/dateline.js';
import { ARTICLE_COSTS, HTML_COSTS, blockScore, blockScoreOf, densestRun } from '../../src/clean/rules/density.js';
import { disclaimer } from '../../src/clean/rules/disclaimer.js';
import { furniture } from '../../src/clean/rules/furniture.js';
import { findDate, published } from '../../src/clean/rules/published.js';
import { residueLength } from '../../src/clean/rules/residue.js';
import type { RuleContext } from '../../src/clean/rules/rule.js';
import { isProse, isProseOf, phraseKey, plainSpaced, wordCount } from '../../src/clean/rules/shape.js';
import { tail } from '../../src/clean/rules/tail.js';
import { bestHeadline, headlineCandidates, looksLikeByOrDate, looksLikeHeadline } from '../../src/clean/rules/title.js';
import { cutTagline, pickTitle, stripSiteName } from '../../src/clean/html/title.js';
import type { Block } from '../../src/clean/types.js';

/** The line the ranker picks among the candidates before `from` (what the engine does with them). */
const findHeadline = (...args: Parameters<typeof headlineCandidates>): number => bestHeadline(headlineCandidates(...args));

const block = (text: string, extra: Partial<Block> = {}): Block => ({ start: 0, end: text.length, text, tag: 'line', linkDensity: 0, ...extra });
const ctx = (index: number, firstProse: number, key = ''): RuleContext => ({ blocks: [], index, key, firstProse, counts: new Map(), meta: {} });
/** A block and the context the classifier would judge it in (with the block's phrase key). */
const on = (b: Block, index: number, firstProse: number): [Block, RuleContext] => [b, ctx(index, firstProse, phraseKey(b.text))];

describe('shape', () => {
  it('counts words and tells prose from labels', () => {
    expect(wordCount('  two  words ')).toBe(2);
    expect(isProse('Dock workers cleared debris overnight while engineers checked the cranes.')).toBe(true);
    expect(isProse('Electric Scooter Reviews')).toBe(false);
  });

  it('judges prose from a word count capped above 25 as from the full count', () => {
    const long = 'word '.repeat(40).trim();
    expect(isProseOf(long, 26)).toBe(isProseOf(long, wordCount(long)));
    expect(isProse(long)).toBe(true);
  });

  it('keys phrases the same with or without odd whitespace', () => {
    expect(phraseKey('Share This Article:')).toBe('share this article');
    expect(phraseKey(' Share\u2003this  Article \u00a0— ')).toBe('share this article');
    expect(plainSpaced('share this')).toBe(true);
    expect(plainSpaced('share  this')).toBe(false);
    expect(plainSpaced('share\u00a0this')).toBe(false);
    expect(plainSpaced(' share')).toBe(false);
    expect(plainSpaced('share ')).toBe(false);
    expect(plainSpaced('')).toBe(true);
  });
});

describe('furniture', () => {
  it('drops navigation, share buttons and notices', () => {
    expect(furniture(...on(block('Skip to content'), 0, -1))?.drop).toBe('page furniture');
    expect(furniture(...on(block('Back to top button'), 0, -1))?.drop).toBe('page furniture');
    expect(furniture(...on(block('Please consider supporting us by disabling your ad blocker'), 0, -1))?.drop).toBe('notice or prompt');
    expect(furniture(...on(block('© 2024 Harbour News. All rights reserved.'), 0, -1))?.drop).toBe('notice or prompt');
    expect(furniture(...on(block('Check price at Harbour Outfitters (on sale!)'), 0, -1))?.drop).toBe('notice or prompt');
    expect(furniture(...on(block('See the rating.'), 0, -1))?.drop).toBe('page furniture');
    expect(furniture(...on(block('The harbour reopened on Sunday after the storm.'), 0, -1))).toBeNull();
  });
});

describe('disclaimer', () => {
  it('drops a standing legal notice that holds two notice phrases', () => {
    const notice = 'Harbour Advisers does not give tax advice. This page is for informational purposes only and is not guaranteed to be complete.';
    expect(disclaimer(...on(block(notice), 0, -1))?.drop).toBe('legal disclaimer');
  });

  it('keeps one such phrase in the text and a notice the writer labels', () => {
    expect(disclaimer(...on(block('The rules are not intended to punish small fishing crews, the minister said.'), 0, -1))).toBeNull();
    const labelled = 'Disclaimer: this column is for informational purposes only and is not a substitute for advice from your doctor.';
    expect(disclaimer(...on(block(labelled), 0, -1))).toBeNull();
  });

  it('counts phrases with and without the shared words alike', () => {
    const plain = 'Quay Partners cannot be held liable for losses. The figures serve informational purposes.';
    expect(disclaimer(...on(block(plain), 0, -1))?.drop).toBe('legal disclaimer');
    const consult = 'Please consult a qualified pilot before sailing; this chart is not guaranteed.';
    expect(disclaimer(...on(block(consult), 0, -1))?.drop).toBe('legal disclaimer');
  });
});

describe('breadcrumb', () => {
  it('splits trails and takes the section before the headline', () => {
    expect(splitCrumbs('Home » Iraq » Iraq wants Iranian opposition out')).toEqual(['Home', 'Iraq', 'Iraq wants Iranian opposition out']);
    expect(breadcrumb(...on(block('Home » Iraq » Iraq wants Iranian opposition out'), 0, 3))).toEqual({ drop: 'breadcrumb', meta: { section: 'Iraq' } });
    expect(breadcrumb(...on(block('Home › Business'), 0, 3))?.meta).toEqual({ section: 'Business' });
  });

  it('leaves body lines alone', () => {
    expect(breadcrumb(...on(block('Profits rose 5% > forecasts'), 0, 3))).toBeNull();
    expect(breadcrumb(...on(block('Home » Iraq » Story'), 5, 3))).toBeNull();
  });
});

describe('byline', () => {
  it('reads authors and editors', () => {
    expect(byline(...on(block('By Jane Rowe and Tom Field'), 0, 3))).toEqual({ drop: 'byline', meta: { authors: ['Jane Rowe', 'Tom Field'] } });
    expect(byline(...on(block('Editor: Mu Xuequan'), 9, 3))).toEqual({ drop: 'editor line', meta: { editors: ['Mu Xuequan'] } });
    expect(byline(...on(block('By the time the ferries left, the storm had passed over the whole coast and beyond.'), 0, 3))).toBeNull();
  });

  it('keeps names only', () => {
    expect(splitNames('Jane Rowe | March 3, 2024')).toEqual(['Jane Rowe']);
    expect(splitNames('the staff')).toEqual([]);
  });
});

describe('published', () => {
  it('finds dates in the usual spellings', () => {
    expect(findDate('September 4, 2025')).toBe('2025-09-04');
    expect(findDate('Published: 4 Sep 2025 10:30')).toBe('2025-09-04');
    expect(findDate('2025-09-04T05:50:00Z')).toBe('2025-09-04');
    expect(findDate('Posted 12/01/2023')).toBe('2023-12-01');
    expect(findDate('in 2003 and after')).toBeNull();
  });

  it('takes a date line before the body as the publication date', () => {
    expect(published(...on(block('March 3, 2024'), 1, 4))).toEqual({ drop: 'date line', meta: { published: '2024-03-03' } });
    expect(published(...on(block('Updated March 5, 2024'), 1, 4))).toEqual({ drop: 'date line', meta: {} });
    expect(published(...on(block('March 3, 2024'), 8, 4))).toBeNull();
  });
});

describe('dateline', () => {
  it('reads place and agency', () => {
    expect(findDateline('BAGHDAD, Xinhua – Iraqi President Jalal Talabani said')).toEqual({ place: 'BAGHDAD', agency: 'Xinhua' });
    expect(findDateline('LONDON (Reuters) - Shares fell')).toEqual({ place: 'LONDON', agency: 'Reuters' });
    expect(findDateline('NEW YORK — The city')).toEqual({ place: 'NEW YORK', agency: null });
    expect(findDateline('The city said on Monday - with regret')).toBeNull();
  });
});

describe('residue', () => {
  it('measures image residue glued to the first word', () => {
    expect(residueLength('mko3Iraqi government has documents')).toBe(4);
    expect(residueLength('iPhone sales rose')).toBe(0);
    expect(residueLength('Iraqi government')).toBe(0);
  });
});

describe('tail', () => {
  it('ends the article at related-content and comment headings after the body', () => {
    expect(tail(...on(block('You may also like'), 9, 2))).toEqual({ drop: 'related or comments heading', endsArticle: true });
    expect(tail(...on(block('12 Comments'), 9, 2))?.endsArticle).toBe(true);
    expect(tail(...on(block('Leave a CommentIraq owns data'), 9, 2))?.endsArticle).toBe(true);
    expect(tail(...on(block('You may also like'), 1, 2))).toBeNull();
  });
});

describe('density', () => {
  it('picks the best-scoring contiguous run', () => {
    expect(densestRun([-5, -5, 30, -2, 40, -20, 3], 15)).toEqual([2, 4]);
    expect(densestRun([-5, Number.NaN, 30], 15)).toEqual([2, 2]);
    expect(densestRun([-5, 4, -5], 15)).toBeNull();
  });

  it('scores prose for and furniture against', () => {
    expect(blockScore(block('Dock workers cleared debris overnight while engineers checked the cranes.'), false)).toBeGreaterThan(0);
    expect(blockScore(block('Electric Scooter Reviews'), false)).toBeLessThan(0);
    expect(blockScore(block('A link', { linkDensity: 1 }), false)).toBeLessThan(0);
    const prose = block('Dock workers cleared debris overnight while engineers checked the cranes.');
    expect(blockScoreOf(prose, 10, true, false)).toBe(blockScore(prose, false));
  });

  it("lets a list of links inside Readability's article cost little, and a menu on the page its words", () => {
    const item = block('Introduction to Harbour Engineering for Beginners', { tag: 'li', linkDensity: 1 });
    expect(blockScore(item, false, ARTICLE_COSTS)).toBe(-1);
    expect(blockScore(item, false, HTML_COSTS)).toBe(-6);
    expect(blockScore(block('Harbour Engineering Courses', { tag: 'p', linkDensity: 1 }), false, ARTICLE_COSTS)).toBe(-3);
  });

  it('scores a repeated table value like any cell, a repeated short line against', () => {
    expect(blockScore(block('Yes', { tag: 'cell' }), true, HTML_COSTS)).toBe(-HTML_COSTS.listItem);
    expect(blockScore(block('Share this', { tag: 'p' }), true, HTML_COSTS)).toBe(-HTML_COSTS.repeated);
  });
});

describe('title', () => {
  it('recognises headlines and finds the one before the body', () => {
    expect(looksLikeHeadline('Iraq wants Iranian opposition out')).toBe(true);
    expect(looksLikeHeadline('March 3, 2024')).toBe(false);
    const blocks = ['Home', 'Harbour reopens after storm', 'By Jane Rowe', 'Body text.'].map((t) => block(t));
    expect(findHeadline(blocks, 3, (i) => i !== 2, ['The harbour reopened on Sunday after the storm closed it.'])).toBe(1);
  });

  it('prefers the line a byline or date follows over a nearer subheading', () => {
    const lines = ['Menu', 'Moving trucks grow in size this year', 'By Jane Rowe', '5 min read', 'Why moving trucks matter', 'Body.'];
    const body = ['Moving trucks grow, and why that matters to everyone moving: trucks carry homes.'];
    expect(findHeadline(lines.map((t) => block(t)), 5, (i) => i !== 2 && i !== 3, body)).toBe(1);
    expect(looksLikeByOrDate('Last updated: Dec 17, 2025 • 5 min read')).toBe(true);
    expect(looksLikeByOrDate('Why moving trucks matter')).toBe(false);
  });

  it('looks a few lines into the body when a teaser opens it above the headline', () => {
    const lines = ['Menu', 'Trucks are bigger now, and renting one costs less than it did.', 'Moving trucks grow in size this year', 'By Jane Rowe',
      'Moving trucks grew this year as rental firms bought larger models for families moving home.'];
    const body = lines.slice(1);
    const blocks = lines.map((t) => block(t));
    expect(findHeadline(blocks, 2, (i) => i !== 3, body, (i) => i >= 1, 150, 8)).toBe(2);
    expect(findHeadline(blocks, 2, (i) => i !== 3, body, (i) => i >= 1, 150, 0)).toBe(-1);
  });

  it('prefers a line the page prints twice close together (page title, then headline)', () => {
    const lines = ['Cheaper moving trucks this year', 'Menu', 'Cheaper moving trucks this year', 'Moving trucks for everyone now', 'Body.'];
    const body = ['Moving trucks are cheaper this year for everyone who rents one.'];
    expect(findHeadline(lines.map((t) => block(t)), 4, () => true, body)).toBe(2);
  });

  it('prefers the line a breadcrumb trail ends with', () => {
    const lines = ['Home » Blog » Tips for cheaper moving trucks', 'Tips for cheaper moving trucks', 'Moving trucks this year', 'Body.'];
    const body = ['Moving trucks cost less in a year when anyone is moving on a budget.'];
    expect(findHeadline(lines.map((t) => block(t)), 3, (i) => i !== 0, body)).toBe(1);
  });

  it('cuts a tagline after a bar but keeps the second half of a headline after a dash', () => {
    expect(cutTagline('Best Residential Movers in NYC | Top 19 Companies')).toBe('Best Residential Movers in NYC');
    expect(cutTagline('Best Bread Machines – My Favorites!')).toBe('Best Bread Machines – My Favorites!');
    expect(cutTagline('Best Art Exhibitions 2025 – Artlyst', 'Artlyst')).toBe('Best Art Exhibitions 2025');
  });

  it('takes the head title when the h1 carries its date around it', () => {
    const c = { og: 'Preparing a transition in Debusine', twitter: null, ld: null, tag: null, h1s: ['Dec 18 2025 Preparing a transition in Debusine'], site: null };
    expect(pickTitle(c)).toBe('Preparing a transition in Debusine');
    expect(pickTitle({ ...c, h1s: ['Preparing a transition in Debusine for good'] })).toBe('Preparing a transition in Debusine for good');
  });

  it('skips an h1 that is the site name cut from the head title', () => {
    const c = { og: null, twitter: null, ld: null, tag: 'Reflections on building a pipeline | Playful Tones', h1s: ['Playful Tones'], site: null };
    expect(pickTitle(c)).toBe('Reflections on building a pipeline');
  });

  it('cuts the site name from head titles and prefers a matching h1', () => {
    expect(stripSiteName('Harbour reopens after storm | Harbour News', 'Harbour News')).toBe('Harbour reopens after storm');
    expect(stripSiteName('Harbour reopens after storm - Harbour News', null)).toBe('Harbour reopens after storm');
    expect(pickTitle({ og: null, twitter: null, ld: null, tag: 'We’ve Got News | Site', h1s: ['We’ve Got News'], site: 'Site' })).toBe("We've Got News");
  });
});

describe('page authors', () => {
  it('cleans byline strings into names', async () => {
    const { cleanAuthors } = await import('../../src/clean/html/meta.js');
    expect(cleanAuthors('Written ByStephen Jesudunsin')).toEqual(['Stephen Jesudunsin']);
    expect(cleanAuthors('Maria &amp; Katerina')).toEqual(['Maria', 'Katerina']);
    expect(cleanAuthors('By')).toEqual([]);
    expect(cleanAuthors('The Author')).toEqual([]);
  });
});
