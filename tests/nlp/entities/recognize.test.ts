// The shipped model on a brief written for these tests (no corpus text).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/nlp/entities/index.js';
import { splitSentences } from '../../../src/nlp/segment.js';

const text = readFileSync(new URL('../../fixtures/entities/camp-brief.txt', import.meta.url), 'utf8');
const { mentions, entities } = findEntities(text, splitSentences(text));
const entity = (name: string) => entities.find((e) => e.name === name || e.aliases.includes(name));

describe('findEntities on a news brief', () => {
  it('gives mentions whose offsets match their text', () => {
    expect(mentions.length).toBeGreaterThan(10);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds people, with titles as roles and surnames merged', () => {
    expect(entity('Jalal Talabani')).toMatchObject({ type: 'person', name: 'Jalal Talabani', aliases: ['Talabani'], role: 'President' });
    expect(entity('Nuri al-Maliki')).toMatchObject({ type: 'person', role: 'Prime Minister' });
    expect(entity('Shirvan al-Waeli')).toMatchObject({ type: 'person' });
    expect(entities.some((e) => /^president$/iu.test(e.name))).toBe(false);
  });

  it('finds organizations and merges their acronyms and other names', () => {
    const mko = entity('MKO')!;
    expect(mko).toMatchObject({ type: 'organization', name: 'Mujahideen Khalq Organization' });
    expect(mko.aliases).toEqual(expect.arrayContaining(['MKO', 'PMOI']));
    expect(entity('UNAMI')).toMatchObject({ type: 'organization', name: 'United Nations Assistance Mission for Iraq' });
    expect(entity('United Nations')).toMatchObject({ type: 'organization' });
  });

  it('finds places, camps and zones included', () => {
    for (const name of ['Iraq', 'Baghdad', 'Camp Ashraf', 'Camp Liberty', 'Green Zone', 'Diyala']) expect(entity(name)?.type, name).toBe('place');
  });

  it('types nationalities', () => {
    expect(entity('Iraqi')?.type).toBe('nationality');
    expect(entity('Iranian')?.type).toBe('nationality');
  });

  it('numbers entities in order of first mention and scores salience in 0..1', () => {
    expect(entities.map((e) => e.id)).toEqual(entities.map((_, i) => `E${i + 1}`));
    for (const e of entities) expect(e.salience! >= 0 && e.salience! <= 1).toBe(true);
    expect(Math.max(...entities.map((e) => e.salience!))).toBe(entity('MKO')!.salience);
  });
});

describe('findEntities on pathological input', () => {
  const run = (t: string) => findEntities(t, splitSentences(t));
  // The timeout only turns a hang into a failure; tests/regexes.test.ts proves the patterns linear.
  it('never throws and keeps mentions within the text', { timeout: 60_000 }, () => {
    expect(() => run('"'.repeat(10_000))).not.toThrow();
    expect(() => run('x'.repeat(1_000_000))).not.toThrow();
    expect(run('Word '.repeat(100_000)).mentions.every((m) => m.end <= 500_000)).toBe(true);
    expect(run('').entities).toEqual([]);
  });
});

describe('findEntities with what the cleaner found', () => {
  // The shipped model types this 'Xinhua' as a place on its own.
  it('types the dateline agency as an organization', () => {
    const brief = 'CAIRO, Xinhua – Egypt and Sudan agreed on Monday to reopen the border crossing.';
    const agency = (hints?: { agency: string }) => findEntities(brief, splitSentences(brief), hints).mentions.find((m) => m.text === 'Xinhua')?.type;
    expect(agency({ agency: 'Xinhua' })).toBe('organization');
  });
});
