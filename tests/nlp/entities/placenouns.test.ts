import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../../helpers.js';
import { placesBeforeNouns } from '../../../src/nlp/entities/placenouns.js';

const PLACES = new Set(['Glenville', 'Freedonia']);
const typed = (text: string, names: [string, string][]): string[] =>
  placesBeforeNouns(text, mentionsIn(text, names), (n) => PLACES.has(n)).map((m) => `${m.text}/${m.type}`);

describe('placesBeforeNouns', () => {
  it('types a known place before a noun for its people or institutions a place', () => {
    const text = 'Glenville police said, Freedonia radio reported, and the Glenville team won.';
    expect(typed(text, [['Glenville', 'organization'], ['Freedonia', 'organization'], ['Glenville', 'organization']]))
      .toEqual(['Glenville/place', 'Freedonia/place', 'Glenville/place']);
  });

  it('leaves unknown names, other nouns, longer words and team mates alone', () => {
    const text = 'Velox police said. Glenville shares rose. Glenville teams. His Glenville team mate scored.';
    const names: [string, string][] = [['Velox', 'organization'], ['Glenville', 'organization'], ['Glenville', 'organization'], ['Glenville', 'organization']];
    expect(typed(text, names)).toEqual(names.map(([n, t]) => `${n}/${t}`));
  });
});
