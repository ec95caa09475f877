import { describe, expect, it } from 'vitest';
import { findRole, isOnlyTitle } from '../../../src/nlp/entities/roles.js';

describe('titles', () => {
  it('takes title words joined by hyphens for a title', () => {
    expect(isOnlyTitle('Lieutenant-Colonel')).toBe(true);
    expect(isOnlyTitle('Emperor')).toBe(true);
    expect(isOnlyTitle('Lieutenant-Marriner')).toBe(false);
    const text = 'NATO spokesman Lieutenant-Colonel Max Marriner said';
    expect(findRole(text, text.indexOf('Max'))).toBe('spokesman Lieutenant-Colonel');
  });
});
