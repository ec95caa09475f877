import { describe, expect, it } from 'vitest';
import { quotes } from './run.js';

// Malformed and hostile input: always an answer, never an exception (linear time: tests/regexes.test.ts).
const CASES: Record<string, string> = {
  'a lone quotation mark': '"',
  'a lone curly mark': '” said',
  '10,000 quotation marks': '"'.repeat(10_000),
  '10,000 mixed marks': '“"”«»„'.repeat(1_700),
  'an unclosed quote to the end': 'He said “this never ends and goes on',
  'a 1 MB line without spaces': 'x'.repeat(1_000_000),
  '100,000 capitalised words': 'Word '.repeat(100_000),
  'cues without anything else': 'said, '.repeat(20_000),
  'a relative clause chain': 'Smith, who said, '.repeat(10_000),
  'cues and quotes in one endless sentence': 'He said “a” x '.repeat(20_000),
  'broken quotes in one endless sentence': '“a,” he said, '.repeat(20_000),
  'cues without punctuation': 'said the man '.repeat(50_000),
  'an empty text': '',
};

describe('malformed input', () => {
  for (const [name, text] of Object.entries(CASES)) {
    // The timeout only turns a hang into a failure; tests/regexes.test.ts proves the patterns linear.
    it(`gives quotes within the text on ${name}`, { timeout: 60_000 }, () => {
      for (const q of quotes(text)) expect(q.start >= 0 && q.start < q.end && q.end <= text.length).toBe(true);
    });
  }

  it('still finds the quote after a stray mark', () => {
    const found = quotes('A stray ” mark here.\n\n“The plans are public,” Okafor said.');
    expect(found.map((q) => q.text)).toEqual(['The plans are public,']);
  });
});
