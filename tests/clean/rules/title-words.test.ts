// The headline ranker's word counts, on lines written for these tests: the same as cutting out every word.
import { describe, expect, it } from 'vitest';
import { contentWords, countWords } from '../../../src/clean/rules/title-words.js';

/** What countWords stands for: every content word of the lines read, counted. */
function countAll(texts: string[], maxChars: number): Map<string, number> {
  const counts = new Map<string, number>();
  let seen = 0;
  for (const text of texts) {
    if (seen > maxChars) break;
    seen += text.length;
    for (const w of contentWords(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

describe('contentWords', () => {
  it('cuts lower-cased runs of letters and digits of four units or more', () => {
    expect(contentWords('The Quay’s 2025 Re-Opening: ÖVERSIKT, naïve café!')).toEqual(['quay', '2025', 'opening', 'översikt', 'naïve', 'café']);
  });

  it('keeps letters outside the basic plane whole (mathematical bold has no lower case)', () => {
    expect(contentWords('𝐁𝐨𝐥𝐝 harbour')).toEqual(['𝐁𝐨𝐥𝐝', 'harbour']);
    expect(countWords(['𝐁𝐨𝐥𝐝 and 𝐁𝐨𝐥𝐝 again'], new Set(['𝐁𝐨𝐥𝐝']), 100).get('𝐁𝐨𝐥𝐝')).toBe(2);
  });
});

describe('countWords', () => {
  const body = [
    'The harbour board met on Monday. Harbour fees rise in March, the board said.',
    'Fishermen said the HARBOUR fees were too high; the café by the quay agreed.',
    'A late line about harbour moorings that starts past the limit.',
  ];

  it('counts only the wanted words, as often as cutting out every word would', () => {
    const wanted = new Set(['harbour', 'fees', 'café', 'moorings', 'ferry']);
    const all = countAll(body, 1000);
    const got = countWords(body, wanted, 1000);
    for (const w of wanted) expect(got.get(w)).toBe(all.get(w));
    expect([...got.keys()].sort()).toEqual(['café', 'fees', 'harbour', 'moorings']);
  });

  it('stops at the line that starts past the character limit', () => {
    const limit = body[0]!.length + body[1]!.length - 1;
    const got = countWords(body, new Set(['harbour', 'moorings']), limit);
    expect(got.get('harbour')).toBe(3);
    expect(got.get('moorings')).toBeUndefined();
  });

  it('finds nothing when nothing is wanted', () => {
    expect(countWords(body, new Set(), 1000).size).toBe(0);
  });
});
