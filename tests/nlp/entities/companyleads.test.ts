import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/core/document.js';
import { companyLeads } from '../../../src/nlp/entities/companyleads.js';

const m = (text: string, name: string, type: string, from = 0): Mention => {
  const start = text.indexOf(name, from);
  return { text: name, start, end: start + name.length, type };
};
const spans = (text: string, out: Mention[]) => out.map((x) => [text.slice(x.start, x.end), x.text, x.type]);

describe('companyLeads', () => {
  it('joins a place or a person right before a suffixed company name into it', () => {
    const text = 'shares of Harlow Petroleum Corp rose; compiled by Kestrel Jaffray Inc for the week';
    const out = companyLeads(text, [m(text, 'Harlow', 'place'), m(text, 'Petroleum Corp', 'organization'), m(text, 'Kestrel', 'person'), m(text, 'Jaffray Inc', 'organization')]);
    expect(spans(text, out)).toEqual([
      ['Harlow Petroleum Corp', 'Harlow Petroleum Corp', 'organization'],
      ['Kestrel Jaffray Inc', 'Kestrel Jaffray Inc', 'organization'],
    ]);
  });

  it('takes in an untagged capitalised word after a lower-case word, a date or a connective', () => {
    const text = 'It said on Tuesday Dorvan Frederick Co sued.\nAnd Scorvel Minerals Inc rose.';
    const out = companyLeads(text, [m(text, 'Frederick Co', 'organization'), m(text, 'Minerals Inc', 'organization')]);
    expect(out.map((x) => text.slice(x.start, x.end))).toEqual(['Dorvan Frederick Co', 'Scorvel Minerals Inc']);
  });

  it('leaves a sentence\'s first word, a label, an organisation, a MISC name and a date alone', () => {
    const text = 'Harlow Mills Inc rose.\nLead Underwriter Kestrel Stearns & Co Inc\nthe Fiat Iveco SpA unit; Ohio-based Dorvan Bancorp Inc. said Monday Acme Corp';
    const names = [m(text, 'Mills Inc', 'organization'), m(text, 'Kestrel Stearns & Co Inc', 'organization'), m(text, 'Fiat', 'organization'), m(text, 'Iveco SpA', 'organization'), m(text, 'Ohio-based', 'misc'), m(text, 'Dorvan Bancorp Inc.', 'organization'), m(text, 'Acme Corp', 'organization')];
    expect(companyLeads(text, names).map((x) => x.text)).toEqual(names.map((x) => x.text));
  });
});
