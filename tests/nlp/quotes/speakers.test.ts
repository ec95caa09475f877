import { describe, expect, it } from 'vitest';
import { entity, quotes, quoteWith } from './run.js';

describe('speaker resolution', () => {
  it('links a pronoun to the last person who spoke', () => {
    const text = 'Senator Maria Vance said the bill was dead. “It will not come back,” she said.';
    const vance = entity(text, 'E1', 'Maria Vance', 'person', ['Maria Vance']);
    expect(quoteWith(quotes(text, [vance]), 'come back')?.speaker).toMatchObject({ text: 'she', entity: 'E1', name: 'Maria Vance' });
  });

  it('links a description to the speaker introduced with its words', () => {
    const text = 'Iraqi President Jalal Talabani said on Monday that Iraq wanted the group out. "They must leave," said the Iraqi president.';
    const found = quotes(text);
    expect(quoteWith(found, 'must leave')?.speaker).toMatchObject({ text: 'the Iraqi president', entity: null, name: 'Jalal Talabani' });
  });

  it('gives the canonical entity for a surname and a name with its title', () => {
    const text = 'Iraqi President Jalal Talabani said the talks went well. Talabani said the camp would close.';
    const talabani = entity(text, 'E7', 'Jalal Talabani', 'person', ['Jalal Talabani', 'Talabani']);
    const found = quotes(text, [talabani]);
    expect(found.map((q) => q.speaker?.entity)).toEqual(['E7', 'E7']);
  });

  it('gives the person before "of", not the place after it', () => {
    const text = '"We will look at it," said Chancellor Ilse Brandt of Austria. Austria has said little.';
    const brandt = entity(text, 'E1', 'Ilse Brandt', 'person', ['Ilse Brandt']);
    const austria = entity(text, 'E2', 'Austria', 'place', ['Austria']);
    const found = quotes(text, [brandt, austria]);
    expect(quoteWith(found, 'look at it')?.speaker).toMatchObject({ text: 'Chancellor Ilse Brandt of Austria', entity: 'E1', name: 'Ilse Brandt' });
  });

  it('keeps an organisation named "X of Y" whole', () => {
    const text = '"Fees will rise," said the University of Leeds.';
    const leeds = entity(text, 'E1', 'University of Leeds', 'organization', ['University of Leeds']);
    expect(quoteWith(quotes(text, [leeds]), 'Fees will rise')?.speaker).toMatchObject({ entity: 'E1' });
  });

  it('steps over a verb of aspect before a cue in -ing ("kept asking")', () => {
    const found = quotes('Sen. Ron Vale (R-Wis.) kept asking whether the money had been spent.');
    expect(found[0]).toMatchObject({ text: 'whether the money had been spent', speaker: { text: 'Sen. Ron Vale (R-Wis.)' } });
  });

  it('never takes a nationality adjective for the entity it modifies', () => {
    const text = 'The Iraqi government has documents on the group, a former Iraqi security official has said.';
    const government = entity(text, 'E1', 'Iraqi government', 'organization', ['Iraqi government']);
    const found = quotes(text, [government]);
    expect(found[0]?.speaker).toMatchObject({ text: 'a former Iraqi security official', entity: null });
  });

  it('finds the speaker past an apposition holding a quoted title, not a quote before the name', () => {
    const found = quotes('Okafor, the author of "Harbour Lights," said the pier had "a long future." "Great," Reyes said.');
    expect(found.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['the pier had "a long future."', 'Okafor'],
      ['Great,', 'Reyes'],
    ]);
  });

  it('steps over a manner adverb in -ly before the cue, not over a noun in -ly', () => {
    const found = quotes('Marta Okafor, the harbour master, forcefully told the council that the pier "is not for sale." '
      + 'The ministry, which has strongly denied any role in the sale, said the port "is safe." The family said the port was closing.');
    expect(found.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['that the pier "is not for sale."', 'Marta Okafor'],
      ['any role in the sale', 'The ministry'],
      ['the port "is safe."', 'The ministry'],
      ['the port was closing', 'The family'],
    ]);
    // A participle after a comma and an adverb still continues its sentence.
    expect(quotes('Reyes attacked the plan on Monday, essentially conceding that the vote was lost.')).toHaveLength(1);
  });

  it('does not take a sentence adverb opening the clause for the name before an apposition', () => {
    const found = quotes('Still, Dana Okafor, a planner at the port, said on Tuesday that the pier would close. '
      + 'However, Reyes, 60, said the vote "is not over."');
    expect(found.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['that the pier would close', 'Dana Okafor'],
      ['the vote "is not over."', 'Reyes'],
    ]);
  });

  it('finds the speaker before a parenthesis set off by dashes', () => {
    const found = quotes('Dana Okafor — a planner at the port — says the pier will close. '
      + 'A former mayor -- Tomas Reyes, who lost in 2010 -- said the vote "was rigged." '
      + 'Ana Brandt - a harbour pilot - told reporters that the channel was too shallow.');
    expect(found.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['the pier will close', 'Dana Okafor'],
      ['the vote "was rigged."', 'A former mayor'],
      ['that the channel was too shallow', 'Ana Brandt'],
    ]);
  });

  it('names the antecedent of "who said"', () => {
    const found = quotes('"It is not normal," said Jeff Weaver, who said executives often misread politics.');
    expect(quoteWith(found, 'executives')?.speaker).toMatchObject({ text: 'who', name: 'Jeff Weaver' });
  });
});
