import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/core/document.js';
import { pressTitles } from '../../../src/nlp/entities/press.js';

const at = (text: string, name: string, type: string): Mention => {
  const start = text.indexOf(name);
  return { text: name, start, end: start + name.length, type };
};
const isCountry = (name: string): boolean => name === 'FREEDONIA';

describe('pressTitles', () => {
  it('makes a name alone on its line in a press review a newspaper, not a country', () => {
    const text = 'PRESS DIGEST - Freedonia - Aug 30.\nFREEDONIA\nMARLOW POST\nThe mayor of Marlow resigned.';
    const out = pressTitles(text, [at(text, 'FREEDONIA', 'place'), at(text, 'MARLOW POST', 'place'), at(text, 'Marlow', 'place')], isCountry);
    expect(out.map((m) => m.type)).toEqual(['place', 'organization', 'place']);
  });

  it('leaves other articles alone', () => {
    const text = 'Storm hits coast.\nMARLOW\nThe storm hit.';
    expect(pressTitles(text, [at(text, 'MARLOW', 'place')], isCountry)[0]!.type).toBe('place');
  });
});
