import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/core/document.js';
import { cuedOrganizations, headedOrganizations, joinCompanyNames, possessiveFirms, splitOfficeHolders, suffixedOrganizations } from '../../../src/nlp/entities/organizations.js';

const at = (text: string, name: string, type: string, from = 0): Mention => {
  const start = text.indexOf(name, from);
  return { text: name, start, end: start + name.length, type };
};
const show = (text: string, ms: Mention[]) => {
  for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  return ms.map((m) => [m.text, m.type]);
};

describe('joinCompanyNames', () => {
  it("keeps a suffix's dot inside a sentence and leaves it out at the sentence's end", () => {
    const text = 'Hallam Bancshares Inc. said so, like Brent & Co., said Ann Lee of Marsh & Co. "We agree."';
    const out = joinCompanyNames(text, [at(text, 'Hallam Bancshares Inc.', 'organization'), at(text, 'Brent & Co', 'organization'), at(text, 'Marsh & Co.', 'organization')]);
    expect(show(text, out).map((x) => x[0])).toEqual(['Hallam Bancshares Inc.', 'Brent & Co.', 'Marsh & Co']);
  });

  it('takes a company suffix into the name, leaving a sentence-ending dot out', () => {
    const text = 'said Pirelli SpA chairman. Shares of Cofinec S.A. fell. Bids for Boatmen Inc. by rivals. He left Acme Corp. The end.';
    const out = joinCompanyNames(text, [at(text, 'Pirelli', 'organization'), at(text, 'Cofinec', 'organization'), at(text, 'S.A.', 'organization'),
      at(text, 'Boatmen', 'organization'), at(text, 'Acme', 'organization')]);
    expect(show(text, out)).toEqual([['Pirelli SpA', 'organization'], ['Cofinec S.A.', 'organization'], ['Boatmen Inc.', 'organization'], ['Acme Corp', 'organization']]);
  });

  it('joins names around "&" into one firm', () => {
    const text = 'Family-controlled Douglas & Lomason and Bear Stearns & Co Inc said';
    const out = joinCompanyNames(text, [at(text, 'Douglas', 'person'), at(text, 'Lomason', 'organization'), at(text, 'Bear Stearns', 'organization')]);
    expect(show(text, out)).toEqual([['Douglas & Lomason', 'organization'], ['Bear Stearns & Co Inc', 'organization']]);
  });

  it('leaves a name without a suffix alone', () => {
    const text = 'Mobil, Shell and Caltex came';
    expect(show(text, joinCompanyNames(text, [at(text, 'Mobil', 'organization'), at(text, 'Shell', 'organization')]))).toEqual([['Mobil', 'organization'], ['Shell', 'organization']]);
  });
});

describe('joinCompanyNames: partnerships', () => {
  it("joins a partnership's pieces the tagger cut", () => {
    const text = 'Hallam & Brent sued Kell and Co over fees, said Ann Lee of Pym, Dorrit & Venn and an analyst at Marsh, Gale & Rowe.\nL.O.: Tull, Amory & Hext';
    const out = joinCompanyNames(text, [at(text, 'Hallam', 'organization'), at(text, '& Brent', 'organization'), at(text, 'Kell', 'organization'), at(text, 'Co', 'organization'),
      at(text, 'Ann Lee', 'person'), at(text, 'Pym', 'organization'), at(text, 'Dorrit & Venn', 'organization'), at(text, 'Marsh', 'organization'), at(text, 'Gale & Rowe', 'organization'),
      at(text, 'Tull', 'organization'), at(text, 'Amory & Hext', 'organization')]);
    expect(show(text, out)).toEqual([['Hallam & Brent', 'organization'], ['Kell and Co', 'organization'], ['Ann Lee', 'person'], ['Pym', 'organization'], ['Dorrit & Venn', 'organization'],
      ['Marsh, Gale & Rowe', 'organization'], ['Tull, Amory & Hext', 'organization']]);
  });

  it('keeps lists of firms apart', () => {
    const text = 'Deals by Acme Holdings, Pym & Venn, Brent and Co-op stores, and Kell Bank, a deal with Zeta, Gale and Rowe.\nPens, Pencils & Markers\nOps, Security & Resilience';
    const out = joinCompanyNames(text, [at(text, 'Acme Holdings', 'organization'), at(text, 'Pym & Venn', 'organization'), at(text, 'Brent', 'organization'), at(text, 'Kell Bank', 'organization'),
      at(text, 'Zeta', 'organization'), at(text, 'Gale and Rowe', 'organization'), at(text, 'Pens', 'organization'), at(text, 'Pencils & Markers', 'organization'),
      at(text, 'Ops', 'organization'), at(text, 'Security & Resilience', 'organization')]);
    expect(show(text, out).map((x) => x[0])).toEqual(['Acme Holdings', 'Pym & Venn', 'Brent', 'Kell Bank', 'Zeta', 'Gale and Rowe', 'Pens', 'Pencils & Markers', 'Ops', 'Security & Resilience']);
  });
});

describe('splitOfficeHolders', () => {
  it('ends an organisation at an office and makes the name after it a person', () => {
    const text = 'Federal Reserve Governor Lawrence Lindsey said; Security Council President Tono Eitel of Germany spoke';
    const out = splitOfficeHolders(text, [at(text, 'Federal Reserve Governor Lawrence Lindsey', 'organization'), at(text, 'Security Council President Tono Eitel of Germany', 'organization')]);
    expect(show(text, out)).toEqual([
      ['Federal Reserve', 'organization'], ['Lawrence Lindsey', 'person'],
      ['Security Council', 'organization'], ['Tono Eitel', 'person'], ['Germany', 'place'],
    ]);
  });

  it('keeps organisations whose office word ends them or opens them', () => {
    const text = 'the Council of Ministers and the Speaker Office met';
    const ms = [at(text, 'Council of Ministers', 'organization'), at(text, 'Speaker Office', 'organization')];
    expect(show(text, splitOfficeHolders(text, ms))).toEqual([['Council of Ministers', 'organization'], ['Speaker Office', 'organization']]);
  });
});

describe('cuedOrganizations', () => {
  it('makes a name an institution noun introduces an organisation, not a person, all through the document', () => {
    const text = 'The tyre giant Vantelli said so. Vantelli rose. Tokyo shares fell. Marco Rossi left Vantelli.';
    const out = cuedOrganizations(text, [
      at(text, 'Vantelli', 'person'), at(text, 'Vantelli', 'person', 30), at(text, 'Tokyo', 'place'), at(text, 'Marco Rossi', 'person'), at(text, 'Vantelli', 'organization', 70),
    ]);
    expect(show(text, out)).toEqual([['Vantelli', 'organization'], ['Vantelli', 'organization'], ['Tokyo', 'place'], ['Marco Rossi', 'person'], ['Vantelli', 'organization']]);
  });

  it('makes a place the noun comes before an organisation, but not one before a periodical', () => {
    const text = 'the water firm Multico and the London daily said Multico and London agree.';
    const out = cuedOrganizations(text, [at(text, 'Multico', 'place'), at(text, 'London', 'place'), at(text, 'Multico', 'place', 40), at(text, 'London', 'place', 50)]);
    expect(show(text, out).map((x) => x[1])).toEqual(['organization', 'place', 'organization', 'place']);
  });

  it('makes a club its manager or coach is named after a club, not a person, and leaves a country a place', () => {
    const text = 'Kelburn manager Ross Dale said Kelburn would appeal. Dorvan coach Al Reyes agreed. England manager Tom Hale left.';
    const out = cuedOrganizations(text, [
      at(text, 'Kelburn', 'person'), at(text, 'Ross Dale', 'person'), at(text, 'Kelburn', 'person', 20), at(text, 'Dorvan', 'person'), at(text, 'Al Reyes', 'person'), at(text, 'England', 'place'), at(text, 'Tom Hale', 'person'),
    ]);
    expect(show(text, out).map((x) => x[1])).toEqual(['organization', 'person', 'organization', 'organization', 'person', 'place', 'person']);
  });

  it('leaves a document without such nouns as it is', () => {
    const ms = [at('Ann Lee spoke.', 'Ann Lee', 'person')];
    expect(cuedOrganizations('Ann Lee spoke.', ms)).toBe(ms);
  });
});

describe('suffixedOrganizations', () => {
  const isCountry = (name: string): boolean => name === 'Freedonia';

  it('makes a person or place named like a suffixed firm of the document, or like its first word, that firm', () => {
    const text = 'Daniels Pharmaceuticals Inc. said Daniels Pharmaceuticals and Daniels grew in Brent.';
    const out = suffixedOrganizations(text, [
      at(text, 'Daniels Pharmaceuticals Inc.', 'organization'), at(text, 'Daniels Pharmaceuticals', 'person', 20),
      at(text, 'Daniels', 'person', 50), at(text, 'Brent', 'place'),
    ], isCountry);
    expect(show(text, out).map((x) => x[1])).toEqual(['organization', 'organization', 'organization', 'place']);
  });

  it('leaves a first word that is a country or follows "in" or "at"', () => {
    const text = 'Freedonia National Oil Corp and Wuxi Cable Co built in Wuxi for Freedonia.';
    const out = suffixedOrganizations(text, [
      at(text, 'Freedonia National Oil Corp', 'organization'), at(text, 'Wuxi Cable Co', 'organization'),
      at(text, 'Wuxi', 'place', 40), at(text, 'Freedonia', 'place', 50),
    ], isCountry);
    expect(show(text, out).map((x) => x[1])).toEqual(['organization', 'organization', 'place', 'place']);
  });
});

describe('headedOrganizations', () => {
  it('makes names ending in a company suffix or an institution word organisations', () => {
    const text = 'Kia Motor Corp, the Municipal Police, Stadium Court, Police and Jalal Talabani';
    const out = headedOrganizations([
      at(text, 'Kia Motor Corp', 'person'), at(text, 'Municipal Police', 'person'), at(text, 'Stadium Court', 'place'),
      at(text, 'Police', 'misc', 50), at(text, 'Jalal Talabani', 'person'),
    ]);
    expect(show(text, out).map((x) => x[1])).toEqual(['organization', 'organization', 'place', 'misc', 'person']);
  });

  it("makes places and MISC names ending in a paper's or a broadcaster's word organisations, not people", () => {
    const text = 'Glenville Herald, Freedonia Radio, Sylvania Weekly, Ann Post, Herald';
    const out = headedOrganizations([
      at(text, 'Glenville Herald', 'place'), at(text, 'Freedonia Radio', 'place'), at(text, 'Sylvania Weekly', 'misc'),
      at(text, 'Ann Post', 'person'), at(text, 'Herald', 'place', 50),
    ]);
    expect(show(text, out).map((x) => x[1])).toEqual(['organization', 'organization', 'organization', 'person', 'place']);
  });
});

describe('possessiveFirms', () => {
  const isPlace = (name: string): boolean => name === 'Freedonia';

  it('gives a firm named with a possessive its word back, and finds the word alone as the firm', () => {
    const text = "The bid for Hallam's Bancshares Inc. won. Hallam's was the prize, and Hallam's stock rose.";
    const out = possessiveFirms(text, [at(text, 'Hallam', 'place'), at(text, 'Bancshares Inc.', 'organization'), at(text, 'Hallam', 'person', 40)], isPlace);
    expect(show(text, out)).toEqual([["Hallam's Bancshares Inc.", 'organization'], ["Hallam's", 'organization'], ["Hallam's", 'organization']]);
  });

  it("leaves a possessive of a name the document uses bare, of a place, or of a longer name", () => {
    const text = "Magna's North American unit grew; Magna said so. Freedonia's Acme Steel Corp and Anna Berg's Print Co.";
    const ms = [at(text, "Magna's North American", 'organization'), at(text, 'Magna', 'organization', 30), at(text, 'Freedonia', 'place'),
      at(text, 'Acme Steel Corp', 'organization'), at(text, 'Anna Berg', 'person'), at(text, 'Print Co.', 'organization')];
    expect(show(text, possessiveFirms(text, ms, isPlace))).toEqual(ms.map((m) => [m.text, m.type]));
  });
});
