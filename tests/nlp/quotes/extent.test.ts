import { describe, expect, it } from 'vitest';
import { quotes, quoteWith } from './run.js';

describe('where a quotation ends and starts', () => {
  it('ends reported content at a quote closing on its comma when the narration resumes', () => {
    const found = quotes('Okafor, during a town hall in Dover, said she was "going to put the old mill out of business," while trying to explain her plan.');
    expect(quoteWith(found, 'old mill')).toMatchObject({ kind: 'indirect', text: 'she was "going to put the old mill out of business,"', speaker: { text: 'Okafor' } });
  });

  it('ends reported content at "but" followed by another reporting verb', () => {
    const found = quotes('Reyes says she respects the council’s “passion and commitment” but argues that it cannot deliver on its promises.');
    expect(quoteWith(found, 'passion')?.text).toBe('she respects the council’s “passion and commitment”');
  });

  it('gives a quote followed by ", adding" to the cue earlier in its sentence', () => {
    const found = quotes('Brandt told the Courier that the harbour plan “had a crazy budget which was maniacal,” adding, “It lost every vote in the valley.”');
    expect(quoteWith(found, 'crazy')).toMatchObject({ text: 'that the harbour plan “had a crazy budget which was maniacal,', cue: { text: 'told' }, speaker: { text: 'Brandt' } });
    expect(quoteWith(found, 'every vote')).toMatchObject({ cue: { text: 'adding' }, speaker: { text: 'Brandt' } });
  });
});

describe('participles and subjects around quotes', () => {
  it('continues the subject across a participle after a quote closing on its comma', () => {
    const found = quotes('Brandt delivered a defense of “harbour values,” saying the city embodied the “heart and soul of the coast.”');
    expect(quoteWith(found, 'embodied')).toMatchObject({ text: 'the city embodied the “heart and soul of the coast.”', cue: { text: 'saying' }, speaker: { text: 'Brandt' } });
  });

  it('takes a name after "said" as the subject of the reported clause the quote ends', () => {
    const found = quotes('He said Dover fishermen "know all too well what happens when the harbour closes."');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: 'Dover fishermen "know all too well what happens when the harbour closes."', speaker: { text: 'He' } });
  });
});

describe('appositions and inverted speakers', () => {
  it('ends reported content before a noun phrase that sums it up', () => {
    const found = quotes('Reyes said that some harbour families would pay "slightly more" in fees, an acknowledgment that her rivals quickly repeated.');
    expect(quoteWith(found, 'harbour families')?.text).toBe('that some harbour families would pay "slightly more" in fees');
  });

  it('takes a name after ", said" at the end of the sentence as the speaker of what came before', () => {
    const found = quotes('The vote in Dover will be tight, said Dan Okafor, director of the harbour council.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: 'The vote in Dover will be tight', speaker: { text: 'Dan Okafor' } });
  });
});

describe('embedded relative clauses', () => {
  it('keeps a relative clause closed by a comma when the reported clause resumes with its verb', () => {
    const found = quotes('Okafor believed that an early pledge from Dover, which was hit hard by the storm, would bring other towns on board.');
    expect(found[0]?.text).toBe('that an early pledge from Dover, which was hit hard by the storm, would bring other towns on board');
  });

  it('still ends the content at a trailing relative clause about the narration', () => {
    const found = quotes('Reyes said the harbour plan was finished, which surprised the council members at the meeting.');
    expect(found[0]?.text).toBe('the harbour plan was finished');
  });
});

describe('coordinated narration', () => {
  it('keeps ", including ..." in the reported content', () => {
    const found = quotes('Okafor said that "the harbour still matters" to the town, including to the families who fish there.');
    expect(found.map((q) => q.text)).toEqual(['that "the harbour still matters" to the town, including to the families who fish there']);
  });

  it('ends reported content at a participle led by a manner adverb, not by a hedge', () => {
    const found = quotes('Okafor said the closure would be a "betrayal" of the town, implicitly tying her seat to the vote. '
      + 'Reyes said the pier is losing money, possibly giving the council a reason to sell.');
    expect(found.map((q) => q.text)).toEqual([
      'the closure would be a "betrayal" of the town',
      'the pier is losing money, possibly giving the council a reason to sell',
    ]);
  });

  it('ends a quote closing on its comma before "until", keeps "until" after a quote without one', () => {
    expect(quotes('Okafor said, "Do not sell the pier," until the host cut her off.').map((q) => q.text)).toEqual(['"Do not sell the pier,"']);
    expect(quotes('Okafor said, "Do not sell the pier" until the host cut her off.').map((q) => q.text))
      .toEqual(['"Do not sell the pier" until the host cut her off']);
  });

  it('ends reported content at a comma before a named subject with a cue of its own, not inside an opening adverbial', () => {
    const found = quotes('In a statement announcing the vote, the Harbour Fishermen Association called the sale a "betrayal" of the town. '
      + 'Okafor said that during the visit, Mayor Reyes told the crowd the pier would stay.');
    expect(found.map((q) => [q.text, q.cue?.text, q.speaker?.text])).toEqual([
      ['the sale a "betrayal" of the town', 'called', 'the Harbour Fishermen Association'],
      ['that during the visit, Mayor Reyes told the crowd the pier would stay', 'said', 'Okafor'],
    ]);
  });

  it('reads a parenthetical attribution with a setting of plain words as part of its sentence', () => {
    const found = quotes('The fishermen, Okafor explained earlier in the council hearing, were "well-paid," earning more than the clerks.');
    expect(found.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['The fishermen, Okafor explained earlier in the council hearing, were "well-paid,"', 'Okafor'],
    ]);
  });

  it('keeps a participle after a mid-sentence attribution as a statement of its own', () => {
    const found = quotes('The pier will stay open, Okafor said Tuesday, adding, "We need to talk about the harbour." The pier, Reyes said, will stay open until May.');
    expect(found.map((q) => [q.kind, q.text, q.cue?.text, q.speaker?.text])).toEqual([
      ['indirect', 'The pier will stay open', 'said', 'Okafor'],
      ['direct', 'We need to talk about the harbour.', 'adding', 'Okafor'],
      ['indirect', 'The pier, Reyes said, will stay open until May', 'said', 'Reyes'],
    ]);
  });

  it('ends a naming at its quoted name even when later quoted words follow in the sentence', () => {
    const found = quotes('Okafor described the sale as a "disgrace" after the council ignored the "public will" on the pier.');
    expect(found.map((q) => [q.text, q.speaker?.text])).toEqual([['the sale as a "disgrace"', 'Okafor']]);
  });

  it('ends reported content at "and" before a name with a reporting verb, not before a name with another verb', () => {
    const found = quotes('Okafor said she was “very encouraged” and Reyes calling it a “great meeting.” Brandt said that Reyes and Okafor agreed on the pier.');
    expect(found.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['she was “very encouraged”', 'Okafor'],
      ['it a “great meeting.”', 'Reyes'],
      ['that Reyes and Okafor agreed on the pier', 'Brandt'],
    ]);
  });

  it('ends reported content at "and" before an adverb and a reporting verb', () => {
    const found = quotes('Okafor then urged the council to put the sale to a vote and repeatedly said, "Do not sell the pier." The vote came.');
    expect(found.map((q) => [q.text, q.cue?.text])).toEqual([
      ['to put the sale to a vote', 'urged'],
      ['Do not sell the pier.', 'said'],
    ]);
  });

  it('ends reported content at ", and" starting a new clause of the narration', () => {
    const found = quotes('About half of the voters said the harbour plan was honest and fair, and three-quarters said the same of the bridge.');
    expect(quoteWith(found, 'harbour plan')?.text).toBe('the harbour plan was honest and fair');
  });
});

describe('naming verbs', () => {
  it('keeps a second quoted name joined by "and" in the content of "calling X ..."', () => {
    const found = quotes('Perez hammered the mayor, calling him a "train wreck" and "outsourcer in chief," and contrasted the two candidates.');
    expect(quoteWith(found, 'train wreck')).toMatchObject({ text: 'him a "train wreck" and "outsourcer in chief,"', speaker: { text: 'Perez' } });
  });
});

describe('naming verbs with lists and relative clauses', () => {
  it('runs over a list of quoted names and a relative clause about them', () => {
    const found = quotes('Okafor called the mayor a "nasty guy," an "anchor baby," and "unstable."');
    expect(quoteWith(found, 'nasty')?.text).toBe('the mayor a "nasty guy," an "anchor baby," and "unstable."');
    const other = quotes('Reyes called Brandt a "pathological liar" who is "utterly amoral."');
    expect(quoteWith(other, 'liar')?.text).toBe('Brandt a "pathological liar" who is "utterly amoral."');
  });
});

describe('settings whose noun phrase runs on after the cue', () => {
  it('starts the content at "that" after a long setting', () => {
    const found = quotes('Okafor said in an oral history of the harbour years that the mill owners had never paid their share.');
    expect(quoteWith(found, 'mill owners')).toMatchObject({ kind: 'indirect', text: 'that the mill owners had never paid their share', speaker: { text: 'Okafor' } });
  });

  it('starts the content at a pronoun after a setting', () => {
    const found = quotes('Brandt said after the vote he would not accept the council’s offer.');
    expect(quoteWith(found, 'accept')?.text).toBe('he would not accept the council’s offer');
  });

  it('reports nothing when the setting is all that follows the cue', () => {
    expect(quotes('Reyes wrote in an essay about her years at the harbour office.')).toHaveLength(0);
    expect(quotes('Brandt insisted Thursday during a whistle stop tour of morning radio shows.')).toHaveLength(0);
  });
});

describe('concessions inside reported content', () => {
  it('keeps ", despite ..." inside the reported clause', () => {
    const found = quotes('Okafor told the harbour board that she was not giving up, despite trailing all her rivals in the count.');
    expect(quoteWith(found, 'giving up')?.text).toBe('that she was not giving up, despite trailing all her rivals in the count');
  });
});

describe('coordinated "that" clauses', () => {
  it('keeps ", but that ..." inside the reported content', () => {
    const found = quotes('Brandt said that the harbour needed a new pier, but that the council could not pay for it this year.');
    expect(quoteWith(found, 'new pier')?.text).toBe('that the harbour needed a new pier, but that the council could not pay for it this year');
  });
});

describe('a second report joined by a conjunction', () => {
  it('ends reported content before "while" and a named subject with a speech cue', () => {
    const found = quotes('Reyes says the council is wasting money on the new pier while Brandt suggests the pier will pay for itself.');
    expect(quoteWith(found, 'wasting')?.text).toBe('the council is wasting money on the new pier');
    expect(quoteWith(found, 'pay for itself')).toMatchObject({ speaker: { text: 'Brandt' } });
  });

  it('ends reported content before "and" and a pronoun with a speech cue', () => {
    const found = quotes('Okafor said she would bring back the ferry for the islands and she added that it would need a subsidy.');
    expect(quoteWith(found, 'ferry')?.text).toBe('she would bring back the ferry for the islands');
  });
});

describe('subordinate clauses led by a conjunction', () => {
  it('ends the content of a cue in "And while ..." at the comma before the main clause', () => {
    const found = quotes('And while Brandt said he would hold a hearing on the pier, the plan is unlikely to win his support.');
    expect(quoteWith(found, 'hearing')?.text).toBe('he would hold a hearing on the pier');
  });

  it('does the same for ", and while ..." inside a sentence', () => {
    const found = quotes('The pier is crucial for the plan, and while Brandt said he would hold a hearing on it, the vote is unlikely to pass this year.');
    expect(quoteWith(found, 'hearing')?.text).toBe('he would hold a hearing on it');
  });
});
