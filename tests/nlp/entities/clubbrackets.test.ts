import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../../helpers.js';
import { bracketedClubs } from '../../../src/nlp/entities/clubbrackets.js';

const typed = (text: string, names: [string, string][]): string[] => bracketedClubs(text, mentionsIn(text, names)).map((m) => `${m.text}/${m.type}`);

describe('bracketedClubs', () => {
  it("types a bracket after a player's name a club in a list of players and clubs", () => {
    const text = 'Scorers:\n5 - Ann Hart (Velox United), Ida Moss\n(Marlow Rovers), Tom Reed (Glen Lark), Eve Stone (Velox)';
    const names: [string, string][] = [['Ann Hart', 'person'], ['Velox United', 'organization'], ['Ida Moss', 'person'], ['Marlow Rovers', 'organization'],
      ['Tom Reed', 'person'], ['Glen Lark', 'person'], ['Eve Stone', 'person'], ['Velox', 'person']];
    expect(typed(text, names)).toEqual(['Ann Hart/person', 'Velox United/organization', 'Ida Moss/person', 'Marlow Rovers/organization',
      'Tom Reed/person', 'Glen Lark/organization', 'Eve Stone/person', 'Velox/organization']);
  });

  it('leaves a name completed in brackets alone where no clubs are listed', () => {
    const text = 'He met Ann (Hart) and Tom Reed (Freedonia) and Ida Moss (Velox United).';
    const names: [string, string][] = [['Ann', 'person'], ['Hart', 'person'], ['Tom Reed', 'person'], ['Freedonia', 'place'], ['Ida Moss', 'person'], ['Velox United', 'organization']];
    expect(typed(text, names)).toEqual(names.map(([n, t]) => `${n}/${t}`));
  });
});
