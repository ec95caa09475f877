import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../../helpers.js';
import { rankedTeams } from '../../../src/nlp/entities/ranked.js';

const typed = (text: string, names: [string, string][]): string[] => rankedTeams(text, mentionsIn(text, names)).map((m) => `${m.text}/${m.type}`);

describe('rankedTeams', () => {
  it('types the name after a ranked competitor\'s country an organisation', () => {
    const text = 'Leading positions:\n1. Ann Brook (Freedonia), Marlow Engines, 51.250\n12. Tom Reed (Sylvania) Velox 2 seconds behind\n3. Ida Moss (Freedonia) Velox';
    const names: [string, string][] = [['Ann Brook', 'person'], ['Freedonia', 'place'], ['Marlow Engines', 'person'], ['Tom Reed', 'person'], ['Sylvania', 'place'], ['Velox', 'person'], ['Ida Moss', 'person'], ['Freedonia', 'place'], ['Velox', 'person']];
    expect(typed(text, names)).toEqual(['Ann Brook/person', 'Freedonia/place', 'Marlow Engines/organization', 'Tom Reed/person', 'Sylvania/place', 'Velox/organization', 'Ida Moss/person', 'Freedonia/place', 'Velox/organization']);
  });

  it('leaves relay runners, unranked lines and prose alone', () => {
    const text = '1. Ann Brook (Freedonia), Eve Lark (Sylvania), Joan\nTom Reed (Sylvania) Velox 2:01\nThe winner (a local) Joan Hart said.';
    const names: [string, string][] = [['Ann Brook', 'person'], ['Eve Lark', 'person'], ['Joan', 'person'], ['Velox', 'person'], ['Joan Hart', 'person']];
    expect(typed(text, names)).toEqual(['Ann Brook/person', 'Eve Lark/person', 'Joan/person', 'Velox/person', 'Joan Hart/person']);
  });
});
