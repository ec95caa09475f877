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
