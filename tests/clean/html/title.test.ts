import { describe, expect, it } from 'vitest';
import {
  hostLabel, isCredit, lostCharacters, pickTitle, plainApostrophes, repairMojibake, stripSiteName, withHeadNumbers, type TitleCandidates,
} from '../../../src/clean/html/title.js';

const none: TitleCandidates = { og: null, twitter: null, ld: null, tag: null, h1s: [], site: null };

describe('repairMojibake', () => {
  it('puts back UTF-8 read as Latin-1 or Windows-1252', () => {
    expect(repairMojibake('A Gardener\u00e2\u0080\u0099s Diary')).toBe('A Gardener’s Diary');
    expect(repairMojibake('A Gardenerâ€™s Diary')).toBe('A Gardener’s Diary');
    expect(repairMojibake('Caf\u00c3\u00a9 Reopens')).toBe('Café Reopens');
  });

  it('leaves real accented text alone', () => {
    expect(repairMojibake('Crème brûlée à la française')).toBe('Crème brûlée à la française');
    expect(repairMojibake('TÜV–Prüfung für Â£5')).toBe('TÜV–Prüfung für £5');
    expect(repairMojibake('Ã')).toBe('Ã');
  });

  it('repairs every candidate before choosing', () => {
    expect(pickTitle({ ...none, tag: 'The Harbour\u00e2\u0080\u0099s Return | Tide Times', site: 'Tide Times' })).toBe("The Harbour's Return");
  });
});

describe('host name as the site', () => {
  it('names the site by the label before the public suffix', () => {
    expect(hostLabel('apps.tidemart.com')).toBe('tidemart');
    expect(hostLabel('www.harbournews.co.uk')).toBe('harbournews');
    expect(hostLabel('x.io')).toBe(null);
    expect(hostLabel(null)).toBe(null);
  });

  it('cuts a head title part that carries the host name', () => {
    expect(stripSiteName('Kettle Roasters | Tidemart App Store', null, false, 'apps.tidemart.com')).toBe('Kettle Roasters');
    // Without the host the short head is kept whole.
    expect(stripSiteName('Kettle Roasters | Tidemart App Store', null)).toBe('Kettle Roasters | Tidemart App Store');
    expect(pickTitle({ ...none, tag: 'Kettle Roasters | Tidemart App Store', host: 'apps.tidemart.com' })).toBe('Kettle Roasters');
  });

  it('needs a short host label as a whole word', () => {
    expect(stripSiteName('Kettle Roasters | Artful Mugs', null, false, 'art.com')).toBe('Kettle Roasters | Artful Mugs');
    expect(stripSiteName('Kettle Roasters | Art Shop', null, false, 'art.com')).toBe('Kettle Roasters');
  });

  it('takes a domain-like <h1> as the logo and cuts it from the head title', () => {
    expect(pickTitle({ ...none, tag: 'quietharbour.com Tidal Clocks', h1s: ['quietharbour.com'] })).toBe('Tidal Clocks');
  });
});

describe('withHeadNumbers', () => {
  it('takes the head title when the <h1> only dropped its year or count', () => {
    expect(withHeadNumbers('Best Canoes for Beginners', ['Best Canoes for Beginners in 2031'])).toBe('Best Canoes for Beginners in 2031');
    expect(withHeadNumbers('Harbour Walks Worth Taking', ['7 Harbour Walks Worth Taking', '7 Harbour Walks Worth Taking'])).toBe('7 Harbour Walks Worth Taking');
  });

  it('keeps the <h1> when the head adds words, disagrees with itself or says nothing more', () => {
    expect(withHeadNumbers('Best Canoes for Beginners', ['Best Canoes for Beginners, Tested 2031'])).toBe('Best Canoes for Beginners');
    expect(withHeadNumbers('Best Canoes for Beginners', ['Best Canoes for Beginners in 2031', 'Canoes of 2031'])).toBe('Best Canoes for Beginners');
    expect(withHeadNumbers('Best Canoes in 2031', ['Best Canoes in 2030'])).toBe('Best Canoes in 2031');
    expect(withHeadNumbers('Best Canoes', [])).toBe('Best Canoes');
  });

  it('applies to the picked title', () => {
    const c = { ...none, og: '12 Quiet Coves to Visit | Coastline', tag: '12 Quiet Coves to Visit | Coastline', h1s: ['Quiet Coves to Visit'], site: 'Coastline' };
    expect(pickTitle(c)).toBe('12 Quiet Coves to Visit');
  });
});

describe('an <h1> led by the site name', () => {
  const c = {
    ...none,
    og: 'The 2031 Coastal Safety Rankings | Brightwater',
    tag: 'The 2031 Coastal Safety Rankings | Brightwater',
    ld: 'Brightwater Study Ranks the Safest Coastal Towns',
    h1s: ['Brightwater Study Ranks the Safest Coastal Towns'],
    site: 'Brightwater Group',
  };

  it('is a banner when og:title and <title> name another headline', () => {
    expect(pickTitle(c)).toBe('The 2031 Coastal Safety Rankings');
  });

  it('is the headline when a page head title repeats it', () => {
    expect(pickTitle({ ...c, og: 'Brightwater Study Ranks the Safest Coastal Towns' })).toBe('Brightwater Study Ranks the Safest Coastal Towns');
  });
});

describe('an aggregator credit after the headline', () => {
  it('is a parenthesised source host and an optional count', () => {
    expect(isCredit('(harbourdaily.com) 112')).toBe(true);
    expect(isCredit('(harbourdaily.co.uk)')).toBe(true);
    expect(isCredit('(and other stories) 3')).toBe(false);
    expect(isCredit('(harbourdaily.com) and more')).toBe(false);
    expect(isCredit('2025 edition')).toBe(false);
  });

  it('gives way to the head title', () => {
    const c = { ...none, og: 'Ferry Crews Vote to Strike Over Winter Rotas - Newsdesk', h1s: ['Ferry Crews Vote to Strike Over Winter Rotas (harbourdaily.com) 112'], site: null };
    expect(pickTitle(c)).toBe('Ferry Crews Vote to Strike Over Winter Rotas');
  });
});

describe('question marks for lost characters', () => {
  it('matches a head title where each ? stands for one to three characters', () => {
    expect(lostCharacters('the basics of sailing? a novice? guide', "the basics of sailing: a novice's guide")).toBe(true);
    // One question mark may be a real question.
    expect(lostCharacters('is sailing hard? a guide', 'is sailing hard: a guide')).toBe(false);
    expect(lostCharacters('sailing? the? basics', 'sailing: our complete basics')).toBe(false);
  });

  it('takes the head title over the garbled <h1>', () => {
    const c = { ...none, og: "The Basics of Sailing: A Novice's Guide", h1s: ['The Basics of Sailing? A Novice? Guide'] };
    expect(pickTitle(c)).toBe("The Basics of Sailing: A Novice's Guide");
  });
});

describe('one-word <h1>s', () => {
  it('take a dictionary headword the head title opens with', () => {
    expect(pickTitle({ ...none, tag: 'LIGHTHOUSE Definition & Meaning | Wordbook.net', h1s: ['lighthouse'] })).toBe('lighthouse');
  });

  it('do not take a section label that shares a single word with a long head title', () => {
    const c = { ...none, og: 'Private Ferry Booking Recommendations and Comparison, No Sponsors - Tide Guides', h1s: ['Ferry Services'], site: 'Tide Guides' };
    expect(pickTitle(c)).toBe('Private Ferry Booking Recommendations and Comparison, No Sponsors');
  });
});

describe('quotes', () => {
  it('folds apostrophes and single quotes but keeps double quotation marks as written', () => {
    expect(plainApostrophes('The Harbour’s ‘Quiet’ Season and the “Blue” Ferry')).toBe("The Harbour's 'Quiet' Season and the “Blue” Ferry");
    expect(pickTitle({ ...none, og: 'Why the “Blue” Ferry Won’t Sail', h1s: ['Why the “Blue” Ferry Won’t Sail'] })).toBe("Why the “Blue” Ferry Won't Sail");
  });
});

describe('an <h1> opening on a conjunction', () => {
  it('is a pull quote, not the headline', () => {
    const c = { ...none, og: 'What do sailors love about winter? | Harbour Blog', h1s: ['But what they love is the quiet and the light on the water'] };
    expect(pickTitle(c)).toBe('What do sailors love about winter?');
  });
});

describe("the head titles' writing of the <h1>'s words", () => {
  it('takes the writing two head titles agree on when only punctuation differs', () => {
    const c = { ...none, h1s: ['Ferry Costs for Walkers and Cyclists'], og: 'Ferry Costs for Walkers & Cyclists', tag: 'Ferry Costs for Walkers & Cyclists | Tide Times', site: 'Tide Times' };
    expect(pickTitle(c)).toBe('Ferry Costs for Walkers & Cyclists');
    expect(pickTitle({ ...none, h1s: ['Tides Rise—Boats Follow'], og: 'Tides Rise--Boats Follow', tag: 'Tides Rise--Boats Follow' })).toBe('Tides Rise--Boats Follow');
  });

  it('keeps the <h1> when one head title alone writes it otherwise, or only a mark at the end differs', () => {
    expect(pickTitle({ ...none, h1s: ['Ferry Costs for Walkers and Cyclists'], og: 'Ferry Costs for Walkers & Cyclists', tag: 'Ferry Prices' })).toBe('Ferry Costs for Walkers and Cyclists');
    expect(pickTitle({ ...none, h1s: ['Ferry Costs for Walkers'], og: 'Ferry Costs for Walkers ⋆', tag: 'Ferry Costs for Walkers ⋆' })).toBe('Ferry Costs for Walkers');
  });
});

describe('a label run into the <h1>', () => {
  it('drops "Title:" glued to the head title', () => {
    expect(pickTitle({ ...none, h1s: ['Title:Tidal Forcing of Harbour Seiches'], og: 'Tidal Forcing of Harbour Seiches', site: 'arXiv.org' })).toBe('Tidal Forcing of Harbour Seiches');
  });
});
