import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/nlp/segment.js';
import { runEngine } from '../../../src/nlp/quotes/engine.js';
import { warmUp } from '../../../src/nlp/quotes/warmup.js';

describe('quotation warm-up', () => {
  it('leaves no state behind: a text gives the same quotations before and after it', () => {
    const text = '"The pier reopens in June," Mayor Ines Okafor said. Reyes told reporters that the budget was "a disaster."';
    const before = runEngine(text, splitSentences(text), []);
    warmUp();
    warmUp();
    expect(runEngine(text, splitSentences(text), [])).toEqual(before);
    expect(before.map((q) => q.kind)).toEqual(['direct', 'indirect']);
  });
});
