import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/core/document.js';
import { numberedPlayers } from '../../../src/nlp/entities/lineups.js';

const at = (text: string, name: string, type: string, from = 0): Mention => {
  const start = text.indexOf(name, from);
  return { text: name, start, end: start + name.length, type };
};

describe('numberedPlayers', () => {
  it('makes names after a shirt number or a seeding people, wherever the document names them', () => {
    const text = 'Ruritania - 1 - Anton Blazek, 4 - Pavel Horn (14- Ivo Sand, 57th)\nAnton Blazek saved twice. Mira Volk beat 3 - Lena Grau 6-4';
    const out = numberedPlayers(text, [
      at(text, 'Ruritania', 'place'),
      at(text, 'Anton Blazek', 'organization'),
      at(text, 'Pavel Horn', 'place'),
      at(text, 'Ivo Sand', 'organization'),
      at(text, 'Anton Blazek', 'organization', 30),
      at(text, 'Mira Volk', 'person'),
      at(text, 'Lena Grau', 'misc'),
    ]);
    expect(out.map((m) => m.type)).toEqual(['place', 'person', 'person', 'person', 'person', 'person', 'person']);
  });

  it('leaves names after a date or a code with a number', () => {
    const text = 'NEW YORK, Aug 27 - Acme Ratings said. Rated Aa2 / VMIG-1 - Acme Ratings.';
    const out = numberedPlayers(text, [at(text, 'Acme Ratings', 'organization'), at(text, 'Acme Ratings', 'organization', 30)]);
    expect(out.map((m) => m.type)).toEqual(['organization', 'organization']);
  });
});
