import { describe, expect, it } from 'vitest';
import { WordSlots } from '../../src/nlp/word-slots.js';

describe('word slots', () => {
  const slots = new WordSlots(['said', 'today', 'a', 'über', 'extraordinarily-long-word']);

  it('never rules out a word of the set', () => {
    for (const w of ['said', 'today', 'a', 'über', 'extraordinarily-long-word']) expect(slots.mayHave(w)).toBe(true);
  });

  it('rules out words whose first two letters and length no word of the set has', () => {
    expect(slots.mayHave('house')).toBe(false);
    expect(slots.mayHave('sa')).toBe(false);
    expect(slots.mayHave('b')).toBe(false);
  });

  it('leaves words it cannot judge to the caller', () => {
    expect(slots.mayHave('saic')).toBe(true); // same slot as "said"
    expect(slots.mayHave('émile')).toBe(true); // starts past U+007F
    expect(slots.mayHave('')).toBe(true);
  });
});
