import { describe, expect, it } from 'vitest';
import { findRole, isOnlyTitle, isTitleWord } from '../../../src/nlp/entities/roles.js';

describe('titles', () => {
  it('takes title words joined by hyphens for a title', () => {
    expect(isOnlyTitle('Lieutenant-Colonel')).toBe(true);
    expect(isOnlyTitle('Emperor')).toBe(true);
    expect(isOnlyTitle('Lieutenant-Marriner')).toBe(false);
    const text = 'NATO spokesman Lieutenant-Colonel Max Marriner said';
    expect(findRole(text, text.indexOf('Max'))).toBe('spokesman Lieutenant-Colonel');
  });
});

describe('isOnlyTitle', () => {
  it('is every white-space-separated word a title, as splitting on /\\s+/u and testing each word says', () => {
    const split = (t: string) => {
      const words = t.split(/\s+/u).filter(Boolean);
      return words.length > 0 && words.every(isTitleWord);
    };
    const cases = ['', ' ', '\u00a0\n', 'President', ' Prime  Minister ', 'Dr.', 'Dr. Smith', 'Vice\u2009President', 'Foreign\nMinister',
      'Gen. Lt.', 'Lieutenant-Colonel Marriner', 'former acting', 'Mr.\u3000', 'Presidents', 'DR.', 'dr..'];
    for (const t of cases) expect(isOnlyTitle(t), JSON.stringify(t)).toBe(split(t));
  });
});
