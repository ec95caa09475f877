import { describe, expect, it } from 'vitest';
import { hostLabel, pickTitle, repairMojibake, stripSiteName, withHeadNumbers, type TitleCandidates } from '../../../src/clean/html/title.js';

const none: TitleCandidates = { og: null, twitter: null, ld: null, tag: null, h1s: [], site: null };

describe('repairMojibake', () => {
  it('puts back UTF-8 read as Latin-1 or Windows-1252', () => {
    expect(repairMojibake('A Gardener\u00e2\u0080\u0099s Diary')).toBe('A Gardener’s Diary');
    expect(repairMojibake('A Gardenerâ€™s Diary')).toBe('A Gardener’s Diary');
    expect(repairMojibake('Caf\u00c3\u00a9 Reopens')).toBe('Café Reopens');
  });

  it('leaves real accented text alone', () => {
    expect(repairMojibake('Crème brûlée à la française')).toBe('Crème brûlée à la française');
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
