import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../../helpers.js';
import { surnamesOfPeople } from '../../../src/nlp/entities/surnames.js';

const PLACES = new Set(['Glenville']);
const typed = (text: string, names: [string, string][]): string[] =>
  surnamesOfPeople(text, mentionsIn(text, names), (n) => PLACES.has(n)).map((m) => `${m.text}/${m.type}`);

describe('surnamesOfPeople', () => {
  it("types a one-word name that ends a person's full name in the document that person", () => {
    const text = 'Ann Hartwell met Tom Reedman. Hartwell said Reedman agreed, and in Hartwell\'s view it was done.';
    expect(typed(text, [['Ann Hartwell', 'person'], ['Tom Reedman', 'person'], ['Hartwell', 'organization'], ['Reedman', 'misc'], ['Hartwell', 'place']]))
      .toEqual(['Ann Hartwell/person', 'Tom Reedman/person', 'Hartwell/person', 'Reedman/person', 'Hartwell/person']);
  });

  it('leaves known places, places after "in", acronyms and names no person ends with alone', () => {
    const text = 'Tom Glenville, Ida Stone and Eve VLX met. Glenville fans, in Stone, VLX and Velox.';
    const names: [string, string][] = [['Tom Glenville', 'person'], ['Ida Stone', 'person'], ['Eve VLX', 'person'], ['Glenville', 'place'], ['Stone', 'place'], ['VLX', 'organization'], ['Velox', 'organization']];
    expect(typed(text, names)).toEqual(names.map(([n, t]) => `${n}/${t}`));
  });

  it('leaves a nationality alone, even after a name the tagger ran into it', () => {
    const text = 'Tom Freedonian said. The Freedonian army moved.';
    const out = surnamesOfPeople(text, mentionsIn(text, [['Tom Freedonian', 'person'], ['Freedonian', 'misc']]), () => false, (n) => n === 'Freedonian');
    expect(out.map((m) => m.type)).toEqual(['person', 'misc']);
  });
});
