import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/core/document.js';
import { buildEntities } from '../../../src/nlp/entities/merge.js';
import { refineMentions } from '../../../src/nlp/entities/refine.js';
import { miscType } from '../../../src/nlp/entities/types.js';

const m = (text: string, start: number, type: string): Mention => ({ text, start, end: start + text.length, type });

describe('refineMentions', () => {
  it('drops a month the tagger ran a name into, and a weekday after a person or an organisation of two words or more', () => {
    const text = 'the Marlow Buyers August index; Anna Berg Monday; Hartwell Wednesday won; Fiona May ran; the Long March; the Kestrel Trade Board Tuesday ruled';
    const names: [string, string][] = [['Marlow Buyers August', 'organization'], ['Anna Berg Monday', 'person'], ['Hartwell Wednesday', 'organization'], ['Fiona May', 'person'], ['Long March', 'misc'], ['Kestrel Trade Board Tuesday', 'organization']];
    const out = refineMentions(text, names.map(([name, type]) => m(name, text.indexOf(name), type)));
    expect(out.map((x) => text.slice(x.start, x.end))).toEqual(['Marlow Buyers', 'Anna Berg', 'Hartwell Wednesday', 'Fiona May', 'Long March', 'Kestrel Trade Board']);
  });

  it('drops a month alone, which is a date ("Jul 31" in a table), but keeps "May" and names holding a month', () => {
    const text = 'Sales Jul 31, Aug. 2 and Dec rose; Nov 15 - Dec 10 shipment; May won; Brian Jan Petersen; the Long March';
    const names: [string, string][] = [['Jul', 'organization'], ['Aug.', 'organization'], ['Dec', 'misc'], ['Nov', 'misc'], ['May', 'person'], ['Brian Jan Petersen', 'person'], ['Long March', 'misc']];
    const out = refineMentions(text, names.map(([name, type]) => m(name, text.indexOf(name), type)));
    expect(out.map((x) => x.text)).toEqual(['May', 'Brian Jan Petersen', 'Long March']);
  });

  it('drops units, officers\' titles and economic measures written in capitals ("220 KV", "CEO", "VAT"), but keeps other acronyms', () => {
    const text = 'two 220 KV lines, a 1,200 MW plant; president and CEO of Kestrel; named CFO. Wanting VAT cut, NATO said';
    const names: [string, string][] = [['KV', 'organization'], ['MW', 'organization'], ['CEO', 'organization'], ['Kestrel', 'organization'], ['CFO.', 'organization'], ['VAT', 'organization'], ['NATO', 'organization']];
    const out = refineMentions(text, names.map(([name, type]) => m(name, text.indexOf(name), type)));
    expect(out.map((x) => x.text)).toEqual(['Kestrel', 'NATO']);
  });

  it('ends an organisation at its last capitalised word ("the CGT union" -> "CGT"), not a person or a lower-case name', () => {
    const text = 'the Kestrel union struck; the French GAN team won; France ONIC said; Bank of England; Anna van der; the interior ministry';
    const names: [string, string][] = [['Kestrel union', 'organization'], ['GAN team', 'organization'], ['ONIC said', 'organization'], ['Bank of England', 'organization'], ['Anna van der', 'person'], ['interior ministry', 'organization']];
    const out = refineMentions(text, names.map(([name, type]) => m(name, text.indexOf(name), type)));
    expect(out.map((x) => text.slice(x.start, x.end))).toEqual(['Kestrel', 'GAN', 'ONIC', 'Bank of England', 'Anna van der', 'interior ministry']);
  });

  it('splits "X-based Firm" into where the firm is based and the firm', () => {
    const text = 'Port Ellis-based Harlow Mills Inc. said';
    const out = refineMentions(text, [m('Port Ellis-based Harlow Mills Inc.', 0, 'organization')]);
    expect(out.map((x) => [x.text, text.slice(x.start, x.end), x.type])).toEqual([
      ['Port Ellis-based', 'Port Ellis-based', 'misc'],
      ['Harlow Mills Inc.', 'Harlow Mills Inc.', 'organization'],
    ]);
  });

  it('types names with a place head as places', () => {
    const out = refineMentions('', [m('Camp Ashraf', 0, 'organization'), m('Green Zone', 20, 'organization'), m('Ashraf Group', 40, 'organization')]);
    expect(out.map((x) => x.type)).toEqual(['place', 'place', 'organization']);
  });

  it('drops text without a letter', () => {
    expect(refineMentions('In 1860 Garibaldi', [m('1860', 3, 'organization'), m('Garibaldi', 8, 'person')]).map((x) => x.text)).toEqual(['Garibaldi']);
  });

  it('splits "X and Y" when one side is a name of its own elsewhere', () => {
    const text = 'Baghdad said so. The United Nations and Baghdad agreed.';
    const out = refineMentions('', [m('Baghdad', 0, 'place'), m('United Nations and Baghdad', text.indexOf('United'), 'organization')]);
    expect(out.map((x) => [x.text, x.type, text.slice(x.start, x.end)])).toEqual([
      ['Baghdad', 'place', 'Baghdad'],
      ['United Nations', 'organization', 'United Nations'],
      ['Baghdad', 'place', 'Baghdad'],
    ]);
    expect(refineMentions('', [m('Procter and Gamble', 0, 'organization')])).toHaveLength(1);
  });

  it('makes a bracket that spells out an acronym one name of its type', () => {
    const text = 'the PMOI (People’s Mujahedeen Organization of Iran) said';
    const out = refineMentions(text, [m('PMOI', 4, 'organization'), m('Mujahedeen Organization', text.indexOf('Mujahedeen'), 'person')]);
    expect(out.map((x) => [x.text, x.type])).toEqual([['PMOI', 'organization'], ['People’s Mujahedeen Organization of Iran', 'organization']]);
    expect(out.every((x) => text.slice(x.start, x.end) === x.text)).toBe(true);
  });

  it('makes a name that a bracketed acronym after it spells out one name of the acronym\'s type', () => {
    const text = 'The Rally for the Return of Refugees (RRR) and the Red Team (XY) met.';
    const out = refineMentions(text, [
      m('Rally', 4, 'person'), m('Return of Refugees', text.indexOf('Return'), 'misc'), m('RRR', text.indexOf('RRR'), 'organization'),
      m('Red Team', text.indexOf('Red'), 'organization'), m('XY', text.indexOf('XY'), 'organization'),
    ]);
    expect(out.map((x) => [x.text, x.type])).toEqual([
      ['Rally for the Return of Refugees', 'organization'], ['RRR', 'organization'], ['Red Team', 'organization'], ['XY', 'organization'],
    ]);
    expect(out.every((x) => text.slice(x.start, x.end) === x.text)).toBe(true);
  });

  it('keeps a club\'s bracketed letter code in its name on a results line', () => {
    const text = 'Sloboda 4 Mladost (BJ) 0\nBuducnost (V) 4 2 0\nthe Pakistan (K) team';
    const out = refineMentions(text, [
      m('Sloboda', 0, 'organization'), m('Mladost', 10, 'organization'), m('BJ', 19, 'organization'),
      m('Buducnost (', 25, 'organization'), m('Pakistan', text.indexOf('Pakistan'), 'place'),
    ]);
    expect(out.map((x) => [x.text, x.type])).toEqual([
      ['Sloboda', 'organization'], ['Mladost (BJ)', 'organization'], ['Buducnost (V)', 'organization'], ['Pakistan', 'place'],
    ]);
    expect(out.every((x) => text.slice(x.start, x.end) === x.text)).toBe(true);
  });

  it('types country abbreviations as places', () => {
    expect(refineMentions('', [m('US', 0, 'organization')])[0]!.type).toBe('place');
  });

  it('gives an acronym the type most of its mentions have', () => {
    const out = refineMentions('', [m('MKO', 0, 'organization'), m('MKO', 10, 'place'), m('MKO', 20, 'organization')]);
    expect(out.map((x) => x.type)).toEqual(['organization', 'organization', 'organization']);
  });

  it('drops words glued by a scraper', () => {
    expect(refineMentions('', [m('mko3Iraqi', 0, 'person'), m('al-Qaeda', 12, 'organization')]).map((x) => x.text)).toEqual(['al-Qaeda']);
  });
});

describe('miscType', () => {
  it('names nationalities, groups and events', () => {
    expect(miscType('Iraqi')).toBe('nationality');
    expect(miscType('Shiite')).toBe('nationality');
    expect(miscType('Iranians')).toBe('nationality');
    expect(miscType('World Cup')).toBe('event');
    expect(miscType('Shia Muslims')).toBe('nationality');
    expect(miscType('anti-Iran')).toBe('misc');
    expect(miscType('Euro 96')).toBe('misc');
  });
});

describe('first names', () => {
  it('merge with the one full name they start', () => {
    const text = 'Saddam Hussein ruled. Saddam fell. Bill Clinton and Bill Gates met Bill.';
    const at = (s: string, from = 0) => text.indexOf(s, from);
    const ents = buildEntities(
      [
        m('Saddam Hussein', 0, 'person'), m('Saddam', at('Saddam', 5), 'person'), m('Bill Clinton', at('Bill Clinton'), 'person'),
        m('Bill Gates', at('Bill Gates'), 'person'), m('Bill', at('Bill.'), 'person'),
      ],
      text,
    );
    expect(ents.find((e) => e.name === 'Saddam Hussein')!.aliases).toEqual(['Saddam']);
    expect(ents.find((e) => e.name === 'Bill')).toBeDefined();
  });
});
