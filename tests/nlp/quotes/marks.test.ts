import { describe, expect, it } from 'vitest';
import { findQuoted } from '../../../src/nlp/quotes/marks.js';
import { tokenize } from '../../../src/nlp/quotes/tokens.js';

const quoted = (text: string): string[] => findQuoted(text, tokenize(text)).map((q) => text.slice(q.start, q.end));

describe('quotation marks', () => {
  it('pairs straight, curly, guillemet, low-high and double-apostrophe marks', () => {
    expect(quoted('He said "yes, now" and left.')).toEqual(['yes, now']);
    expect(quoted('He said “yes, now” and left.')).toEqual(['yes, now']);
    expect(quoted('Il a dit « oui, maintenant » hier.')).toEqual(['oui, maintenant']);
    expect(quoted('Er sagte „ja, jetzt“ gestern.')).toEqual(['ja, jetzt']);
    expect(quoted("He said ''yes, now'' and left.")).toEqual(['yes, now']);
  });

  it('keeps single-quoted quotes and apostrophes inside the double-quoted one', () => {
    expect(quoted('“He told me, ‘don’t wait,’ and I didn’t,” she said.')).toEqual(['He told me, ‘don’t wait,’ and I didn’t,']);
  });

  it('keeps a quote of the other style nested inside the open one', () => {
    expect(quoted('He wrote: "The court isn’t about “Equal Justice Under Law” anymore. It is politics." Then he left.'))
      .toEqual(['The court isn’t about “Equal Justice Under Law” anymore. It is politics.']);
    expect(quoted('She said: “The sign read "Welcome home" in red.” Then she left.')).toEqual(['The sign read "Welcome home" in red.']);
  });

  it('runs a quote over paragraphs that reopen with a mark and close only at the end', () => {
    const text = '“First paragraph of the speech.\n\n“Second paragraph.\n\n“Last one,” she said.';
    expect(quoted(text)).toEqual(['First paragraph of the speech.\n\n“Second paragraph.\n\n“Last one,']);
  });

  it('ends an unclosed quote with its paragraph and pairs the next paragraph afresh', () => {
    expect(quoted('“Unclosed words here\n\nThen “a closed one” later.')).toEqual(['Unclosed words here', 'a closed one']);
  });

  it('does not run a stray straight mark into a paragraph that opens with a curly one', () => {
    const text = '"The crowd was quiet.\n\n“Here he comes,” she said.';
    expect(quoted(text)).toEqual(['The crowd was quiet.', 'Here he comes,']);
  });

  it('opens a quote that starts with an ellipsis after a space, whichever mark it uses', () => {
    expect(quoted('Okafor wrote:\n\n” … the pier is the heart of this town,” she wrote.')).toEqual(['… the pier is the heart of this town,']);
    expect(quoted('He said “ … and then,” nothing.')).toEqual(['… and then,']);
    expect(quoted('He said “ ok.')).toEqual([]);
  });

  it('recovers from a stray second opening mark', () => {
    expect(quoted('A “stray mark, then “the real quote” ends.')).toEqual(['the real quote']);
  });

  it('survives a lone mark and 10,000 marks in a row', () => {
    expect(quoted('"')).toEqual([]);
    expect(quoted('“')).toEqual([]);
    expect(quoted('"'.repeat(10_000))).toEqual([]);
    expect(quoted('“”'.repeat(5_000) + '«')).toEqual([]);
  });
});
