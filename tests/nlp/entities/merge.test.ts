import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/core/document.js';
import { abbreviates, buildEntities, nameWords } from '../../../src/nlp/entities/merge.js';
import { findRole } from '../../../src/nlp/entities/roles.js';

const text = readFileSync(new URL('../../fixtures/entities/camp-brief.txt', import.meta.url), 'utf8');

/** Mentions of the given surface forms, each at every place it occurs (the longest match wins). */
function mentionsOf(forms: [string, string][]): Mention[] {
  const out: Mention[] = [];
  for (const [surface, type] of forms) {
    for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
      const end = i + surface.length;
      if (out.some((m) => i < m.end && end > m.start)) continue;
      out.push({ text: surface, start: i, end, type });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const mentions = mentionsOf([
  ['Mujahideen Khalq Organization', 'organization'],
  ['People’s Mujahedeen Organization of Iran', 'organization'],
  ['United Nations Assistance Mission for Iraq', 'organization'],
  ['United Nations', 'organization'],
  ['Jalal Talabani', 'person'],
  ['Talabani', 'person'],
  ['Shirvan al-Waeli', 'person'],
  ['Waeli', 'person'],
  ['Nuri al-Maliki', 'person'],
  ['UNAMI', 'organization'],
  ['PMOI', 'organization'],
  ['MKO', 'organization'],
  ['Baghdad', 'place'],
  ['BAGHDAD', 'place'],
  ['Iraq', 'place'],
]);
const entities = buildEntities(mentions, text);
const byName = (name: string) => entities.find((e) => e.name === name);

describe('buildEntities', () => {
  it('keeps every mention, with offsets into the text', () => {
    const all = entities.flatMap((e) => e.mentions);
    expect(all).toHaveLength(mentions.length);
    for (const m of all) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('numbers entities E1.. in order of first mention', () => {
    expect(entities.map((e) => e.id)).toEqual(entities.map((_, i) => `E${i + 1}`));
    const firsts = entities.map((e) => e.mentions[0]!.start);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });

  it('merges a surname with the full name and keeps the title as role', () => {
    const e = byName('Jalal Talabani')!;
    expect(e.type).toBe('person');
    expect(e.aliases).toEqual(['Talabani']);
    expect(e.mentions).toHaveLength(2);
    expect(e.role).toBe('President');
    expect(byName('Nuri al-Maliki')!.role).toBe('Prime Minister');
  });

  it('names an entity as the text writes it, not as a headline or dateline in capitals', () => {
    const dateline = 'LISBON, Reuters – Officials in Lisbon met.';
    const [lisbon] = buildEntities([
      { text: 'LISBON', start: 0, end: 6, type: 'place' },
      { text: 'Lisbon', start: 31, end: 37, type: 'place' },
    ], dateline);
    expect(lisbon).toMatchObject({ name: 'Lisbon', aliases: ['LISBON'] });
  });

  it('merges "al-" names with the bare surname', () => {
    const e = byName('Shirvan al-Waeli')!;
    expect(e.aliases).toEqual(['Waeli']);
    expect(e.role).toBe('Lawmaker');
  });

  it('merges bracketed acronyms and "also known as" names', () => {
    const mko = byName('Mujahideen Khalq Organization')!;
    expect(mko.aliases.sort()).toEqual(['MKO', 'PMOI', 'People’s Mujahedeen Organization of Iran'].sort());
    expect(mko.mentions).toHaveLength(5);
    const unami = byName('United Nations Assistance Mission for Iraq')!;
    expect(unami.aliases).toEqual(['UNAMI']);
  });

  it('keeps different names apart', () => {
    expect(byName('United Nations')!.aliases).toEqual([]);
    expect(byName('United Nations')!.mentions).toHaveLength(1);
    expect(byName('Iraq')!.mentions.every((m) => m.text === 'Iraq')).toBe(true);
  });

  it('merges case variants of one name', () => {
    const e = entities.find((x) => x.aliases.includes('BAGHDAD') || x.name === 'BAGHDAD')!;
    expect(e.mentions.map((m) => m.text).sort()).toEqual(['BAGHDAD', 'Baghdad']);
  });

  it('scores salience in 0..1, highest for the entity the brief is about', () => {
    for (const e of entities) expect(e.salience).toBeGreaterThanOrEqual(0);
    for (const e of entities) expect(e.salience).toBeLessThanOrEqual(1);
    const top = [...entities].sort((a, b) => b.salience! - a.salience!)[0]!;
    expect(['Mujahideen Khalq Organization', 'Iraq']).toContain(top.name);
  });

  it('returns nothing for no mentions', () => {
    expect(buildEntities([], text)).toEqual([]);
  });
});

describe('name helpers', () => {
  it('compares names without case, possessive or particles', () => {
    expect(nameWords('Shirvan al-Waeli’s')).toEqual(['shirvan', 'waeli']);
  });
  it('recognises acronyms', () => {
    expect(abbreviates('MKO', 'Mojahedin-e-Khalq Organization')).toBe(true);
    expect(abbreviates('UN', 'United Nations')).toBe(true);
    expect(abbreviates('PMOI', 'People’s Mujahedeen Organization of Iran')).toBe(true);
    expect(abbreviates('UK', 'United Nations')).toBe(false);
  });
  it('finds the title before a name, without "former"', () => {
    const s = 'said former President Bush';
    expect(findRole(s, s.indexOf('Bush'))).toBe('President');
    expect(findRole('the man Bush', 8)).toBeNull();
  });
});

describe('nameWords by character codes', () => {
  it('gives the words the regular expressions gave', () => {
    const byRegExp = (name: string): string[] => {
      const words: string[] = [];
      for (const w of name.toLowerCase().replace(/[’']s?$/u, '').split(/\s+/u)) if (w) words.push(w.replace(/^(?:al|el|ad|ash|as|at|an|ar|az)-/u, ''));
      return words;
    };
    const cases = ['', "'s", '’', ' Jalal  Talabani ', "Boatmen's", "Boatmen'", 'MOODY’S', "Reuters''", 'Ash-Sharq al-Awsat', 'as-Safir', 'ashes-x',
      'al-', 'Al-Qaeda\u00a0in\nIraq', 'Abu al-Khair al-Masri’s', 'Kurds\u2009s', 'ar-Rahman az-Zubair', 'el-Sayed', 'Alan-Smith', "o's"];
    for (const name of cases) expect(nameWords(name), JSON.stringify(name)).toEqual(byRegExp(name));
  });
});
