// The two articles the project was started from, with the entities a tagger would give for them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers.js';
import { entity, quotes, quoteWith } from './run.js';

const seed = (name: string): string => readFileSync(path.join(ROOT, 'seeds', name), 'utf8');

describe('seed articles', () => {
  it('attributes the Talabani and Rafsanjani quotes and leaves the scare quote alone', () => {
    const text = seed('000_0e3ed883c4655ac0.txt');
    const ents = [
      entity(text, 'E1', 'Jalal Talabani', 'person', ['Jalal Talabani', 'Talabani']),
      entity(text, 'E2', 'Rafsanjani', 'person', ['Ali Akbar Hashemi', 'Rafsanjani']),
      entity(text, 'E3', 'MKO', 'organization', ['MKO']),
    ];
    const found = quotes(text, ents);
    const direct = found.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.speaker?.name)).toEqual(['Jalal Talabani', 'Jalal Talabani']);
    expect(direct.map((q) => q.speaker?.entity)).toEqual(['E1', 'E1']);
    expect(quoteWith(found, 'the Iraqi people want them out')?.cue?.text).toBe('adding');
    expect(quoteWith(found, 'Iraq wanted to expel')?.speaker?.entity).toBe('E1');
    expect(quoteWith(found, 'entirely ready to support')?.speaker).toMatchObject({ entity: 'E2', name: 'Rafsanjani' });
    expect(quoteWith(found, 'democratic and secular')).toBeUndefined();
  });

  it('finds the reported statements of Shirvan al-Waeli and Tehran', () => {
    const text = seed('003_cfd3a961271bff4e.txt');
    const ents = [
      entity(text, 'E1', 'Shirvan al-Waeli', 'person', ['Shirvan al-Waeli', 'Waeli']),
      entity(text, 'E2', 'Tehran', 'place', ['Tehran']),
    ];
    const found = quotes(text, ents);
    expect(quoteWith(found, 'the government has obtained documents')).toMatchObject({ kind: 'indirect', cue: { text: 'told' }, speaker: { entity: 'E1' } });
    expect(quoteWith(found, 'the government has obtained documents')?.text.startsWith('that the government')).toBe(true);
    expect(quoteWith(found, 'an end to the')).toMatchObject({ speaker: { text: 'The Iraqi legislator', entity: 'E1' } });
    expect(quoteWith(found, 'expel the terrorist group')).toMatchObject({ cue: { text: 'called on' }, speaker: { text: 'Tehran', entity: 'E2' } });
  });
});
