import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../../helpers.js';
import { clubsOfCountries } from '../../../src/nlp/entities/clubs.js';

const COUNTRIES = new Set(['Freedonia', 'Sylvania']);
const isCountry = (name: string): boolean => COUNTRIES.has(name);
const split = (text: string, names: [string, string][]): string[] =>
  clubsOfCountries(mentionsIn(text, names), isCountry).map((m) => `${m.text}/${m.type}@${m.start}`);

describe('clubsOfCountries', () => {
  it('splits a one-word club and its country', () => {
    const text = 'Velox of Freedonia beat Marlow of Sylvania 81-70.';
    expect(split(text, [['Velox of Freedonia', 'organization'], ['Marlow of Sylvania', 'organization']]))
      .toEqual(['Velox/organization@0', 'Freedonia/place@9', 'Marlow/organization@24', 'Sylvania/place@34']);
  });

  it('keeps institutions, possessives, longer names, towns and other types whole', () => {
    const text = 'Bank of Freedonia, Marlow\'s of Sylvania, Velox Motors of Freedonia, Velox of Glenville, Duke of Sylvania, Anna of Sylvania';
    const names: [string, string][] = [['Bank of Freedonia', 'organization'], ["Marlow's of Sylvania", 'organization'], ['Velox Motors of Freedonia', 'organization'],
      ['Velox of Glenville', 'organization'], ['Duke of Sylvania', 'organization'], ['Anna of Sylvania', 'person']];
    expect(split(text, names).map((s) => s.split('@')[0])).toEqual(names.map(([n, t]) => `${n}/${t}`));
  });
});
