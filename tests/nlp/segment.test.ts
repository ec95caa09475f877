import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/segment.js';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at sentence-final punctuation and line breaks, trimming spaces', () => {
    expect(texts('Iraq wants them out\n\nHe said so. They left!  Why? ')).toEqual(['Iraq wants them out', 'He said so.', 'They left!', 'Why?']);
  });

  it('does not split after abbreviations and initials', () => {
    expect(texts('Mr. Talabani met Dr. Rafsanjani in the U.S. capital. Then he left.')).toEqual([
      'Mr. Talabani met Dr. Rafsanjani in the U.S. capital.',
      'Then he left.',
    ]);
    expect(texts('J. R. Smith spoke.')).toEqual(['J. R. Smith spoke.']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(texts('"We want them out." He said.')).toEqual(['"We want them out."', 'He said.']);
  });

  it('does not split before a lower-case word', () => {
    expect(texts('It rose 3.5 pct. in May, traders said.')).toEqual(['It rose 3.5 pct. in May, traders said.']);
  });

  // The timeout only turns a hang into a failure; tests/regexes.test.ts proves the patterns linear.
  it('segments pathological input', { timeout: 60_000 }, () => {
    expect(splitSentences('.'.repeat(200_000)).length).toBeGreaterThan(0);
    expect(splitSentences('A. '.repeat(50_000)).length).toBeGreaterThan(0);
    expect(splitSentences('.'.repeat(200_000) + 'x')).toHaveLength(1);
    expect(splitSentences('?!'.repeat(100_000) + 'x')).toHaveLength(1);
  });
});
