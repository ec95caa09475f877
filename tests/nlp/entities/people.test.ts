import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../../helpers.js';
import { joinAdjacentPeople } from '../../../src/nlp/entities/people.js';

const joined = (text: string, names: [string, string][]): string[] => {
  const out = joinAdjacentPeople(text, mentionsIn(text, names));
  for (const m of out) expect(text.slice(m.start, m.end)).toBe(m.text);
  return out.map((m) => `${m.text}/${m.type}`);
};

describe('joinAdjacentPeople', () => {
  it("makes two people's names side by side one name", () => {
    const text = '271 Ann Hart 70 66\n275 Ida B. Moss Lark 71 70';
    expect(joined(text, [['Ann', 'person'], ['Hart', 'person'], ['Ida', 'person'], ['B. Moss', 'person'], ['Lark', 'person']]))
      .toEqual(['Ann Hart/person', 'Ida B. Moss Lark/person']);
  });

  it('leaves names with anything between them, and other types, apart', () => {
    const text = 'Ann Hart, Ida Moss and Tom Reed; Velox Ann Hart (Ida) Moss';
    const names: [string, string][] = [['Ann Hart', 'person'], ['Ida Moss', 'person'], ['Tom Reed', 'person'], ['Velox', 'organization'], ['Ann Hart', 'person'], ['Ida', 'person'], ['Moss', 'person']];
    expect(joined(text, names)).toEqual(names.map(([n, t]) => `${n}/${t}`));
  });
});
