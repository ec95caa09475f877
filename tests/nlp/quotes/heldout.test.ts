import { describe, expect, it } from 'vitest';
import { quotes } from './run.js';

describe('reported speech boundaries that recur across news articles', () => {
  it('takes "which" alone as the content when it is the object of the cue (whichIsObject)', () => {
    const found = quotes('Reyes was accused of selling the pier, which he has denied and which the council never proved.');
    expect(found.map((q) => [q.text, q.speaker?.text, q.cue?.text])).toEqual([['which', 'he', 'denied']]);
    const proposed = quotes('The levy would fall to 10 percent, which Mayor Ines Okafor proposed under a flat rate.');
    expect(proposed.map((q) => q.text)).toEqual(['which']);
    // A clause after the cue is still the content.
    const clause = quotes('They closed the harbour, which Okafor said was a mistake.');
    expect(clause.map((q) => q.text)).toEqual(['which Okafor said was a mistake']);
  });

  it('ends "X, according to SOURCE, a description of the source" before the attribution (describesSource)', () => {
    const found = quotes('The harbour lost a third of its boats last year, according to Tomas Reyes, a fisherman who has worked the pier for decades.');
    expect(found.map((q) => [q.text, q.speaker?.text])).toEqual([['The harbour lost a third of its boats last year', 'Tomas Reyes']]);
    const where = quotes('Okafor holds a wide lead in the north, according to the latest survey, where most of the voters live.');
    expect(where.map((q) => q.text)).toEqual(['Okafor holds a wide lead in the north']);
    // The sentence resuming after the source keeps the whole sentence.
    const resumes = quotes('The new levy, according to the council, has raised more than expected.');
    expect(resumes.map((q) => q.text)).toEqual(['The new levy, according to the council, has raised more than expected']);
  });

  it('reports no question for "asked about it" with only a setting after the pronoun (pronounTopic)', () => {
    expect(quotes('Asked about it after the meeting, Okafor left the room.')).toEqual([]);
    expect(quotes('The mayor was asked about it during the hearing on Monday.')).toEqual([]);
    expect(quotes('Nobody answered until a reporter asked about them in April.')).toEqual([]);
    const topic = quotes('Asked about the closure of the pier, Okafor left the room.');
    expect(topic.map((q) => q.text)).toEqual(['the closure of the pier']);
  });
});

describe('poll figures compared after a report (figureComparison)', () => {
  it('ends the content before "compared with" another figure and reads the second report on its own', () => {
    const found = quotes('Sixty percent of harbour workers say they trust the council, compared with 41 percent who say the same of the mayor.');
    expect(found.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['they trust the council', 'Sixty percent of harbour workers'],
      ['the same of the mayor', 'who'],
    ]);
    const nearly = quotes('Among fishermen, 61 percent said they had made up their minds compared to nearly four in 10 last spring.');
    expect(nearly.map((q) => q.text)).toEqual(['they had made up their minds']);
  });

  it('keeps a comparison with something other than a figure', () => {
    const found = quotes('Okafor told the crowd that the new levy is tiny, compared to what the old harbour board charged.');
    expect(found.map((q) => q.text)).toEqual(['that the new levy is tiny, compared to what the old harbour board charged']);
  });
});

describe('a reporting noun before a relative clause (relativeThat)', () => {
  it('reads no content when "that" is the subject of a relative clause', () => {
    expect(quotes('The council dropped the charge, a claim that originated in a letter from the harbour board.')).toEqual([]);
    expect(quotes('So why repeat a claim that is as weak as it is old?')).toEqual([]);
    const content = quotes('Okafor repeated her claim that the pier was unsafe for boats.');
    expect(content.map((q) => q.text)).toEqual(['that the pier was unsafe for boats']);
  });
});

describe('a time after the cue is no content (onlyTime)', () => {
  it('reads no content in "as the Courier reported a few days later" or "reported ten days ago"', () => {
    expect(quotes('The pier closed in March, and the council voted to sell it, as the Courier reported a few days later.').map((q) => q.text)).not.toContain('a few days later');
    expect(quotes('Then the Alder Courier reported ten days ago.')).toEqual([]);
    const content = quotes('The Alder Courier reported last week that the pier would close.');
    expect(content.map((q) => q.text)).toEqual(['that the pier would close']);
  });
});
