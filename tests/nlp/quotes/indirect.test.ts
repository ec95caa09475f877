import { describe, expect, it } from 'vitest';
import { quotes, quoteWith } from './run.js';

describe('reported speech', () => {
  it('reads SPEAKER CUE (that) CONTENT, past the time and the addressee', () => {
    const found = quotes('Harbour Master Ines Okafor said on Monday that the dredging would start in April. Reyes told the Alder Courier the cooperative would go to court.');
    expect(found.map((q) => [q.kind, q.cue?.text, q.speaker?.text, q.text])).toEqual([
      ['indirect', 'said', 'Harbour Master Ines Okafor', 'that the dredging would start in April'],
      ['indirect', 'told', 'Reyes', 'the cooperative would go to court'],
    ]);
  });

  it('reads CONTENT, SPEAKER CUE and CONTENT, CUE SPEAKER', () => {
    const found = quotes('The dredging will start in April, the harbour master said. The fishermen will lose the season, said Tomas Reyes.');
    expect(found.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['The dredging will start in April', 'the harbour master'],
      ['The fishermen will lose the season', 'Tomas Reyes'],
    ]);
  });

  it('runs the content to the sentence end over later quoted words of the speaker', () => {
    const found = quotes('Okafor says voters are tired, but also hungry for "real answers" from the council. The vote is Monday.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'indirect', text: 'voters are tired, but also hungry for "real answers" from the council', speaker: { text: 'Okafor' } });
  });

  it('reads "stated that", a quantifier subject, and a naming verb after a name with its party label', () => {
    const found = quotes('The harbour master stated that the pier would close in May. Most said they were worried. Sen. Ines Okafor (D-Ore.), a member of the panel, called the plan "reckless" in a statement.');
    expect(found.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['that the pier would close in May', 'The harbour master'],
      ['they were worried', 'Most'],
      ['the plan "reckless"', 'Sen. Ines Okafor (D-Ore.)'],
    ]);
    expect(quotes('Voters in several states that border Canada turned out.')).toEqual([]);
  });

  it('reads "stated" and "tweeted" without "that" when the clause quotes the speaker', () => {
    const found = quotes('The harbour master stated the pier was "unsafe for boats." Okafor tweeted Tuesday night she considered the sale "a betrayal." '
      + 'Reyes tweeted a photo of the pier. Brandt stated his name.');
    expect(found.map((q) => [q.text, q.cue?.text, q.speaker?.text])).toEqual([
      ['the pier was "unsafe for boats."', 'stated', 'The harbour master'],
      ['she considered the sale "a betrayal."', 'tweeted', 'Okafor'],
    ]);
  });

  it('reads a year with its preposition before the cue as a time, not a count', () => {
    const found = quotes('Voters remember Okafor, who in 2010 said the pier was "not for sale."');
    expect(found.map((q) => [q.text, q.cue?.text])).toEqual([['the pier was "not for sale."', 'said']]);
  });

  it('reads past a long addressee of "told" to its that-clause, not past a verb', () => {
    const found = quotes('Okafor told fishermen at a crowded harbour breakfast spot that the dredging would start soon.');
    expect(found.map((q) => [q.text, q.speaker?.text])).toEqual([['that the dredging would start soon', 'Okafor']]);
    const other = quotes('The difference now, he told me on Friday, is that the port has a plan of its own.');
    expect(other[0]?.text).toContain('The difference now');
  });

  it('reads a quote after "said," that the sentence goes on from', () => {
    const found = quotes('Later that day Okafor said, "We have three weeks to go" until the vote.');
    expect(found.map((q) => [q.text, q.speaker?.text])).toEqual([['"We have three weeks to go" until the vote', 'Okafor']]);
  });

  it('keeps "this" in the content unless it starts a time ("said this week")', () => {
    const found = quotes('Okafor called this the "harbour game" in her speech. Reyes said this week that the pier would close.');
    expect(found.map((q) => q.text)).toEqual(['this the "harbour game"', 'that the pier would close']);
  });

  it('joins an unattributed quote right after a reported statement to it', () => {
    const found = quotes('Okafor said the council had made progress. "I really believe the pier deserves support." The vote is Monday.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'indirect', text: 'the council had made progress. "I really believe the pier deserves support.', speaker: { text: 'Okafor' } });
  });

  it('reads plain "call" after a name or pronoun subject, not after "what"', () => {
    const found = quotes('Okafor and Reyes call the plan "a giveaway" to developers. It improves what we call "infrastructure" here.');
    expect(found.map((q) => [q.text, q.speaker?.text])).toEqual([['the plan "a giveaway" to developers', 'Okafor and Reyes']]);
  });

  it('reads "calls" after a speaker with an apposition set off by commas', () => {
    const found = quotes('The chief planner, Dana Okafor, calls the harbour plan "a blueprint" for the next decade. Calls to the office went unanswered.');
    expect(found.map((q) => [q.text, q.cue?.text, q.speaker?.text])).toEqual([['the harbour plan "a blueprint" for the next decade', 'calls', 'The chief planner']]);
  });

  it('reads a naming by any subject with an object before the quoted name, and the phrase that goes on from it', () => {
    const found = quotes('One councillor called Brandt "the worst neighbour of the harbour." A website called "Save the Pier" opened. '
      + 'Reyes called the deal "a historic step" in efforts to save the pier. Okafor called it "a mess" in a statement. '
      + 'Brandt called him a "fraud," a jab at his record.');
    expect(found.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['Brandt "the worst neighbour of the harbour."', 'One councillor'],
      ['the deal "a historic step" in efforts to save the pier', 'Reyes'],
      ['it "a mess"', 'Okafor'],
      ['him a "fraud,"', 'Brandt'],
    ]);
  });

  it('reads "according to" before and after the content', () => {
    const found = quotes('Dredging will cost 4 million euros, according to the annual report. According to Reyes, the season is lost.');
    expect(found.map((q) => [q.text, q.cue?.text, q.speaker?.text])).toEqual([
      ['Dredging will cost 4 million euros', 'according to', 'the annual report'],
      ['the season is lost', 'According to', 'Reyes'],
    ]);
  });

  it('reads "according to" a source without article or capital, but not "according to plan"', () => {
    const found = quotes('Dredging will cost four million euros, according to officials. According to people familiar with the plan, '
      + 'the pier will close in May. The harbour opened on time, according to early results of a survey by the council. '
      + 'The vote went according to plan, and the mayor left.');
    expect(found.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['Dredging will cost four million euros', 'officials'],
      ['the pier will close in May', 'people familiar with the plan'],
      ['The harbour opened on time', 'early results of a survey by the council'],
    ]);
  });

  it('keeps a statement in a "who said" clause between two quoted pieces beside the quotation around it', () => {
    const found = quotes('"The pier must stay," said Dana Okafor, who said the council had ignored the vote. "We will fight it."');
    expect(found.map((q) => [q.kind, q.text, q.speaker?.name])).toEqual([
      ['direct', 'The pier must stay," said Dana Okafor, who said the council had ignored the vote. "We will fight it.', 'Dana Okafor'],
      ['indirect', 'the council had ignored the vote', 'Dana Okafor'],
    ]);
  });

  it('finds the speaker past an apposition', () => {
    const found = quotes('Shirvan Haddad, who was the minister of state for security, told the radio that the government has documents.');
    expect(found[0]).toMatchObject({ cue: { text: 'told' }, speaker: { text: 'Shirvan Haddad' }, text: 'that the government has documents' });
  });

  it('keeps the subject for "and said" and for a participle', () => {
    const found = quotes('Tehran has repeatedly called on the government to expel the group. The legislator criticized the delay, calling for an end to the dilemma.');
    expect(found.map((q) => [q.cue?.text, q.speaker?.text])).toEqual([['called on', 'Tehran'], ['calling for', 'The legislator']]);
  });

  it('leaves nouns, passives and infinitives alone', () => {
    expect(quotes('The pledged delegates met. He was told to wait. She refused to say anything more about the plan.')).toEqual([]);
  });

  it('reads the object of "tweeted" or "wrote" as what was said only when it quotes the speaker', () => {
    const found = quotes('The mayor tweeted a photo of the harbour bearing the words "never again, not here." The council wrote a letter to the port.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'indirect', cue: { text: 'tweeted' }, speaker: { text: 'The mayor' } });
    expect(found[0]?.text.startsWith('a photo of the harbour')).toBe(true);
  });

  it('reads the object past "about" or "with" as what was said when it quotes the speaker', () => {
    const found = quotes('The Gazette reported about an email from the harbour office calling the plan "a slow disaster." The mayor spoke with a smile.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'indirect', speaker: { text: 'The Gazette' } });
    expect(found[0]?.text.startsWith('an email from the harbour office')).toBe(true);
  });

  it('ends the reported clause at a dash opening a quoted aside with its own attribution', () => {
    const found = quotes('Okafor suggested the port had a fondness for delays - "It never opens on time," she said - and reminded the crowd of the vote.');
    expect(quoteWith(found, 'fondness')).toMatchObject({ kind: 'indirect', text: 'the port had a fondness for delays' });
    expect(quoteWith(found, 'never opens')).toMatchObject({ kind: 'direct', text: 'It never opens on time,', speaker: { text: 'she' } });
  });

  it('ends the content at a quote closing on its comma when a "when" clause of the narration follows', () => {
    const found = quotes('Okafor had previously said, “We will see,” when asked whether she would run again.');
    expect(found[0]).toMatchObject({ kind: 'indirect', text: '“We will see,”', speaker: { text: 'Okafor' } });
  });

  it('reads "which" as the subject of a cue with a that-clause or a quote, not of a plain object', () => {
    const found = quotes('The figures came from the port authority, which reported “214 late sailings” in May. The board hired a firm which reported the figures.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'indirect', cue: { text: 'reported' }, speaker: { text: 'which' } });
    expect(found[0]?.text.startsWith('“214 late sailings”')).toBe(true);
  });

  it('reads a relative "that" after a noun as the subject of a cue whose content quotes the speaker', () => {
    const found = quotes('The mayor released a letter from the harbour board that says the port is in “excellent shape” for its age. That said, the vote is close.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'indirect', cue: { text: 'says' } });
    expect(found[0]?.text.startsWith('the port is in')).toBe(true);
  });

  it('runs the content past a quote inside it when a "when" clause follows', () => {
    const found = quotes('Okafor said there remains a “big gap between the two ports,” when it comes to how many ships they load.');
    expect(found[0]?.text).toBe('there remains a “big gap between the two ports,” when it comes to how many ships they load');
  });

  it('ends a parenthetical attribution\'s content before a participle cue after it, not before a gerund of the content', () => {
    const one = quotes('The harbour had been closed for years, Okafor explained, recalling the day the last ship left.');
    expect(one[0]?.text).toBe('The harbour had been closed for years');
    const two = quotes('Though the vote was calm, she said, reopening the port would be much harder.');
    expect(two[0]?.text).toContain('reopening the port');
  });

  it('ends the content before a possessive subject with a cue of its own', () => {
    const found = quotes('After the audit, which concluded that the port had lost money for years, Okafor’s office contended that the losses were temporary.');
    expect(quoteWith(found, 'lost money')?.text).toBe('that the port had lost money for years');
    expect(quoteWith(found, 'temporary')).toMatchObject({ cue: { text: 'contended' } });
  });

  it('reads a reporting noun with its owner and that-clause', () => {
    const found = quotes('Trump’s claim that the vote was rigged spread fast.');
    expect(found[0]).toMatchObject({ kind: 'indirect', cue: { text: 'claim' }, speaker: { text: 'Trump’s' } });
    expect(found[0]?.text.startsWith('that the vote was rigged')).toBe(true);
  });

  it('reports an unnamed question asked', () => {
    const found = quotes('Asked whether he would run again, the senator smiled.');
    expect(found[0]).toMatchObject({ kind: 'indirect', text: 'whether he would run again', speaker: null });
  });
});

describe('parenthetical attributions and temporal clauses', () => {
  it('keeps the whole sentence around a parenthetical attribution, past an "a" after it', () => {
    const found = quotes('During her years in office, Mayor Brandt said, a majority of the town has come to trust the harbour board.');
    expect(found[0]?.text).toBe('During her years in office, Mayor Brandt said, a majority of the town has come to trust the harbour board');
  });

  it('does not take a temporal clause after "said" as what was said', () => {
    expect(quotes('“I can’t breathe,” the fisherman said before he collapsed on the pier.').map((q) => q.text)).toEqual(['I can’t breathe,']);
  });
});
