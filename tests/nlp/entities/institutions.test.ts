import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../../helpers.js';
import { institutionsOf } from '../../../src/nlp/entities/institutions.js';

const joined = (text: string, names: [string, string][]): string[] => {
  const out = institutionsOf(text, mentionsIn(text, names));
  for (const m of out) expect(text.slice(m.start, m.end)).toBe(m.text);
  return out.map((m) => `${m.text}/${m.type}`);
};

describe('institutionsOf', () => {
  it("joins an institution's word and the name after 'of' or 'of the'", () => {
    const text = 'Figures from the Ministry of Trade and Velox. The Journal of the Glenville Medical Society said. The Board of Freedonia met.';
    expect(joined(text, [['Ministry', 'organization'], ['Velox', 'organization'], ['Journal', 'organization'], ['Glenville Medical Society', 'organization'], ['Board', 'organization'], ['Freedonia', 'place']]))
      .toEqual(['Ministry of Trade/organization', 'Velox/organization', 'Journal of the Glenville Medical Society/organization', 'Board of Freedonia/organization']);
  });

  it('leaves people, titles before a name, lower-case words and other organisations alone', () => {
    const text = 'The Council of Ann Hart met. The Party of Prime Minister Ann Hart won. The Bank of this town. Velox of Glenville.';
    const names: [string, string][] = [['Council', 'organization'], ['Ann Hart', 'person'], ['Party', 'organization'], ['Ann Hart', 'person'], ['Bank', 'organization'], ['Velox', 'organization'], ['Glenville', 'place']];
    expect(joined(text, names)).toEqual(names.map(([n, t]) => `${n}/${t}`));
  });
});
