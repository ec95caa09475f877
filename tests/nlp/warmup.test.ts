import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze.js';
import { ANNOTATIONS } from '../../src/core/options.js';
import { warmUpPipeline } from '../../src/nlp/warmup.js';

const TEXT = `LISBON, May 4 (Wire) - Mayor Rosa Quintela said on Tuesday that the harbour would reopen "before the summer is out."
The port authority, which lost money for three years, will meet next week, Quintela told reporters.`;

describe('warmUpPipeline', () => {
  it('leaves no state behind: a document analyses the same before and after it', () => {
    const options = { published: '2021-05-04', clean: false };
    const before = analyzeText(TEXT, options);
    warmUpPipeline(ANNOTATIONS);
    warmUpPipeline(ANNOTATIONS);
    const after = analyzeText(TEXT, options);
    expect(after).toEqual(before);
    expect(after.dates.length).toBeGreaterThan(0);
    expect(after.quotes.length).toBeGreaterThan(0);
    expect(after.entities.length).toBeGreaterThan(0);
  });
});
