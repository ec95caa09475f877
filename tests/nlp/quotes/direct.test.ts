import { describe, expect, it } from 'vitest';
import { entity, fixture, quotes, quoteWith } from './run.js';

describe('direct quotations', () => {
  it('attributes a quote to the speaker after it, in either order', () => {
    const found = quotes('“The ships are not getting smaller,” Okafor said. “Nobody asked us,” said Tomas Reyes.');
    expect(quoteWith(found, 'ships')).toMatchObject({ kind: 'direct', text: 'The ships are not getting smaller,', cue: { text: 'said' }, speaker: { text: 'Okafor' } });
    expect(quoteWith(found, 'Nobody')).toMatchObject({ kind: 'direct', speaker: { text: 'Tomas Reyes' } });
  });

  it('attributes a quote to the speaker before it, after a colon or comma', () => {
    const found = quotes('Reyes told reporters: “We will go to court.”\n\nOkafor said, “The plans are public.”');
    expect(quoteWith(found, 'court')).toMatchObject({ kind: 'direct', cue: { text: 'told' }, speaker: { text: 'Reyes' } });
    expect(quoteWith(found, 'plans')).toMatchObject({ kind: 'direct', speaker: { text: 'Okafor' } });
  });

  it('keeps a quote broken by its attribution as one quotation with its parts', () => {
    const found = quotes('“The court can look at the plans,” she said, “but the plans are public.”');
    expect(found).toHaveLength(1);
    const q = found[0] as (typeof found)[0] & { parts?: { text: string }[] };
    expect(q.parts?.map((p) => p.text)).toEqual(['The court can look at the plans,', 'but the plans are public.']);
    expect(q.speaker?.text).toBe('she');
  });

  it('reads an inverted "stated" before a name, but not the noun "state" or "stated that"', () => {
    const one = quotes('“The port cannot wait another year,” stated Tomas Reyes, a harbour pilot.');
    expect(quoteWith(one, 'port')).toMatchObject({ kind: 'direct', cue: { text: 'stated' }, speaker: { text: 'Tomas Reyes' } });
    const two = quotes('The pilot known as “Falcon,” stated that the port was closed.');
    expect(two.filter((q) => q.kind === 'direct')).toHaveLength(0);
  });

  it('does not let a participle with content of its own attribute a quoted fragment before it', () => {
    const found = quotes('The harbour board did not want to discuss “that man,” telling reporters that the board is focused on “keeping the port open.”');
    expect(found.filter((q) => q.kind === 'direct')).toHaveLength(0);
    expect(quoteWith(found, 'focused')).toMatchObject({ kind: 'indirect', cue: { text: 'telling' } });
    expect(quoteWith(found, 'focused')?.text.startsWith('that the board')).toBe(true);
  });

  it('takes a few quoted words after an article, inside a sentence that goes on, for narration', () => {
    const found = quotes('The mayor lamented the "sorry" state of the harbour. Okafor said the "temporary fixes" she had used were over.');
    expect(found.filter((q) => q.kind === 'direct')).toHaveLength(0);
    expect(quoteWith(found, 'temporary fixes')).toMatchObject({ kind: 'indirect', speaker: { text: 'Okafor' } });
  });

  it('does not attribute a quote that ended its sentence inside the narration to the next sentence', () => {
    const found = quotes('Okafor said the mayor "broke the law." Reyes called the charge "a lie."');
    expect(quoteWith(found, 'broke')?.speaker?.text).toBe('Okafor');
    expect(quoteWith(found, 'a lie')?.speaker?.text).toBe('Reyes');
    expect(quoteWith(found, 'broke')?.text).not.toContain('Reyes');
  });

  it('continues the quotation into a quote a word into the next sentence, or one the attribution runs into', () => {
    const one = quotes('“The port is a cheerleader for the town,” Okafor said. Instead, “it acts like a landlord.” The vote is Monday.');
    expect(one.filter((q) => q.kind === 'direct')).toHaveLength(1);
    expect(quoteWith(one, 'cheerleader')?.text).toContain('landlord');
    const two = quotes('“We will fight for the harbour,” she said “Nobody else will do it.”');
    expect(two).toHaveLength(1);
    expect(two[0]?.text).toContain('Nobody else');
  });

  it('continues a quotation past an attribution ending in an abbreviation', () => {
    const found = quotes('“The pier is not a good deal,” Okafor said at a rally in Salem, Ore. “The council sold it too cheaply.”');
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toContain('sold it too cheaply');
  });

  it('starts a new quotation where a later quote has a cue of its own', () => {
    const found = quotes('“This is wrong,” Okafor said. “You cut the budget” to pay for the stadium, she said, pointing at the plans.');
    expect(quoteWith(found, 'This is wrong')?.text).toBe('This is wrong,');
    expect(quoteWith(found, 'You cut')?.text).not.toContain('This is wrong');
  });

  it('keeps a quote broken by an attribution with its setting or a conjunction as one quotation', () => {
    for (const text of [
      '“Every time you say that,” Okafor said, pointing at the plans, “you help the other side.”',
      'The pier “is a landmark,” Reyes wrote in an email to the council, and “worth saving.”',
      '“I like the mayor,” he said, but “the mayor has a history of selling land.”',
    ]) {
      const found = quotes(text);
      expect(found, text).toHaveLength(1);
      expect(found[0]?.text, text).toMatch(/(help the other side|worth saving|selling land)\.?$/u);
    }
  });

  it('keeps a quote with its inverted attribution when a relative clause with a cue follows', () => {
    const found = quotes('“The plan is a list of slogans,” said Okafor, who has also advised Mayor Lena Brandt, the council’s chair.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'direct', text: 'The plan is a list of slogans,', speaker: { text: 'Okafor' } });
  });

  it('gives a participle cue to the quote it introduces, not to the sung or quoted line before it', () => {
    const found = quotes('“Keep your hands in sight,” Okafor sings to the mayor before asking her, “Where do we go from here?”');
    expect(quoteWith(found, 'Where do we go')).toMatchObject({ text: 'Where do we go from here?', cue: { text: 'asking' } });
    expect(quoteWith(found, 'Where do we go')?.text).not.toContain('hands');
  });

  it('does not take a nickname inside a name for speech', () => {
    expect(quotes('Rep. Ines C. "Nessie" Okafor threw open her back yard for a cookout, a ritual that marks the season.').filter((q) => q.kind === 'direct')).toEqual([]);
  });

  it('takes the whole sentence when an attribution set off by commas runs into a lower-case quote', () => {
    const found = quotes('So when the council voted to sell the pier, Okafor said, "we were floored." In a letter, Reyes said, "We will appeal."');
    expect(found.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['So when the council voted to sell the pier, Okafor said, "we were floored.', 'Okafor'],
      ['We will appeal.', 'Reyes'],
    ]);
  });

  it('attributes a quote to a speaker introduced by "my"', () => {
    const found = quotes('“We live on borrowed time,” my father often said.');
    expect(found).toHaveLength(1);
    expect(found[0]?.speaker?.text).toContain('father');
  });

  it('continues the speaker of "said X, adding ..."', () => {
    const text = '"We here in the valley want the road," said the regional governor, adding "the people want it now."';
    const found = quotes(text);
    expect(found.map((q) => [q.cue?.text, q.speaker?.text])).toEqual([['said', 'the regional governor'], ['adding', 'the regional governor']]);
  });

  it('takes a quote over several paragraphs as one', () => {
    const found = quotes(fixture('speech.txt'));
    const speech = quoteWith(found, 'people who clean our streets');
    expect(speech?.text).toContain('without closing a single library');
    expect(speech?.speaker).toMatchObject({ text: 'Mayor Lena Brandt', name: 'Lena Brandt' });
  });

  it('does not take scare quotes and titles for speech', () => {
    const text = 'The group was founded with an aim to establish "a democratic and secular government" in the country. He reads "War and Peace" every year.';
    expect(quotes(text)).toEqual([]);
  });

  it('reads a quote fragment inside reported speech as part of it', () => {
    const found = quotes('Council member Ruth Adler said the figures were “a work of fiction.”');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: 'the figures were “a work of fiction.”', speaker: { text: 'Council member Ruth Adler', name: 'Ruth Adler' } });
  });

  it('finds the quotes of a briefing with their speakers', () => {
    const text = fixture('briefing.txt');
    const okafor = entity(text, 'E1', 'Ines Okafor', 'person', ['Ines Okafor', 'Okafor']);
    const reyes = entity(text, 'E2', 'Tomas Reyes', 'person', ['Tomas Reyes', 'Reyes']);
    const found = quotes(text, [okafor, reyes]);
    expect(quoteWith(found, 'eleven years')).toMatchObject({ kind: 'direct', speaker: { entity: 'E1', name: 'Ines Okafor' } });
    expect(quoteWith(found, 'eleven years')?.text).toContain('The ships are not getting smaller');
    expect(quoteWith(found, 'fishermen')?.speaker).toMatchObject({ entity: 'E2' });
    expect(quoteWith(found, 'spring season')).toMatchObject({ cue: { text: 'adding' }, speaker: { entity: 'E2' } });
    // "what it calls "a fair hearing"" is a naming attributed to the cooperative, not its direct speech.
    expect(quoteWith(found, 'fair hearing')).toMatchObject({ kind: 'indirect', cue: { text: 'calls' }, speaker: { text: 'it' } });
  });
});

describe('attributions around quoted fragments and sentences', () => {
  it('attributes a quote to a sentence that is only its speaker and cue', () => {
    const found = quotes('The director of the Dover harbour council said in a statement. “There are no ballots to recount. The vote was unique.”');
    expect(quoteWith(found, 'ballots')).toMatchObject({ kind: 'direct', text: 'There are no ballots to recount. The vote was unique.', cue: { text: 'said' } });
  });

  it('gives the quote after "X said," to X, not the quoted fragment before it', () => {
    const found = quotes('Remarking upon the mayor’s "genuine empathy," Okafor said, "Leave aside the noise, her empathy for people is clear."');
    expect(quoteWith(found, 'Leave aside')).toMatchObject({ speaker: { text: 'Okafor' } });
    expect(quoteWith(found, 'genuine empathy')?.text).not.toBe('genuine empathy,');
  });

  it('keeps a quoted sentence followed by the next verb of the narration', () => {
    const found = quotes('Reyes wrote to her followers, “It’s time to end the harbour plan for good,” and shared a link.');
    expect(quoteWith(found, 'harbour plan')).toMatchObject({ kind: 'direct', speaker: { text: 'Reyes' } });
  });
});

describe('quotes in the next paragraph', () => {
  it('does not continue a quotation with a quoted title that opens the next paragraph', () => {
    const found = quotes('"Fishermen laugh at our troubles," said Lena Brandt, one of the stars of the play.\n\n"Sons of the Harbour" is an adaptation of an old tale.');
    expect(quoteWith(found, 'Fishermen')?.text).toBe('Fishermen laugh at our troubles,');
  });
});

describe('titles in quotation marks', () => {
  it('does not take a title-case quoted name inside the narration for speech', () => {
    const found = quotes("In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. Okafor suggested looking at the card statements.");
    expect(found.some((q) => q.kind === 'direct')).toBe(false);
  });

  it('reads a lowercase quote after "the" that ends on its comma as a quoted sentence, not a title', () => {
    const found = quotes('The council will play the "harbour card," Okafor said on Monday.\n\nThey watched the "Harbour Hour," Reyes said.');
    expect(quoteWith(found, 'harbour card')).toMatchObject({ kind: 'direct', text: 'The council will play the "harbour card,', speaker: { text: 'Okafor' } });
    expect(quoteWith(found, 'Harbour Hour')).toBeUndefined();
  });
});

describe('quoted titles that modify a noun', () => {
  it('takes a title-case quote before a plain noun ("host") for a name, not speech', () => {
    const text = 'The mayor spoke on Friday.\n\n“Harbour Nights” host Dana Okafor on Thursday gave the mayor a chance to clarify his remarks about the pier.';
    expect(quotes(text).filter((q) => q.kind === 'direct')).toHaveLength(0);
  });
});
