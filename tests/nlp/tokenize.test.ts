import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/nlp/tokenize.js';

const words = (text: string, from?: number, to?: number): string[] => {
  const t = tokenize(text, from, to);
  return t.starts.map((s, i) => text.slice(s, t.ends[i]));
};

describe('tokenize', () => {
  it('keeps exact offsets: every token is the text between its offsets', () => {
    const text = '  “We here,” said  Iran’s al-Maliki (MKO)\tin the U.S.-led talks. ';
    const t = tokenize(text);
    expect(t.starts.length).toBe(t.ends.length);
    for (let i = 0; i < t.starts.length; i++) {
      expect(t.ends[i]!).toBeGreaterThan(t.starts[i]!);
      expect(text.slice(t.starts[i], t.ends[i]).trim()).toBe(text.slice(t.starts[i], t.ends[i]));
      if (i > 0) expect(t.starts[i]!).toBeGreaterThanOrEqual(t.ends[i - 1]!);
    }
    expect(words(text)).toEqual(['“', 'We', 'here', ',', '”', 'said', 'Iran', '’s', 'al-Maliki', '(', 'MKO', ')', 'in', 'the', 'U.S.-led', 'talks', '.']);
  });

  it('splits possessives and clitics, straight or curly', () => {
    expect(words("Iraq's Iran’s players' don't they're")).toEqual(['Iraq', "'s", 'Iran', '’s', 'players', "'", 'do', "n't", 'they', "'re"]);
  });

  it('keeps initials, abbreviations and hyphenated names whole', () => {
    expect(words('U.S. and U.N. forces met Mojahedin-e-Khalq in St. Louis vs. Gen. Smith')).toEqual([
      'U.S.', 'and', 'U.N.', 'forces', 'met', 'Mojahedin-e-Khalq', 'in', 'St.', 'Louis', 'vs.', 'Gen.', 'Smith',
    ]);
  });

  it('gives the full stop back at the end of a sentence, except after initials', () => {
    expect(words('He joined Lear Corp.')).toEqual(['He', 'joined', 'Lear', 'Corp', '.']);
    expect(words('Shares of Lear Corp. rose.')).toEqual(['Shares', 'of', 'Lear', 'Corp.', 'rose', '.']);
    expect(words('He left the U.S.')).toEqual(['He', 'left', 'the', 'U.S.']);
    expect(words('He left the U.S..')).toEqual(['He', 'left', 'the', 'U.S.', '.']);
  });

  it('splits dashes, brackets and breadcrumbs', () => {
    expect(words('Baghdad—the capital (Iraq) » News')).toEqual(['Baghdad', '—', 'the', 'capital', '(', 'Iraq', ')', '»', 'News']);
  });

  it('tokenizes only the given range, with offsets into the whole text', () => {
    const text = 'First one. Second one.';
    const t = tokenize(text, 11, text.length);
    expect(t.starts[0]).toBe(11);
    expect(words(text, 11, text.length)).toEqual(['Second', 'one', '.']);
  });

  // The timeout only turns a hang into a failure; tests/regexes.test.ts proves the patterns linear.
  it('tokenizes pathological input', { timeout: 60_000 }, () => {
    const long = 'x'.repeat(1_000_000);
    const quotes = '"'.repeat(10_000);
    const caps = 'Word '.repeat(100_000);
    expect(tokenize(long).starts.length).toBe(1);
    expect(tokenize(quotes).starts.length).toBeGreaterThan(0);
    expect(tokenize(caps).starts.length).toBe(100_000);
    expect(tokenize('.'.repeat(100_000)).starts.length).toBe(1);
  });
});
