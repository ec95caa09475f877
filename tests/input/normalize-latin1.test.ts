import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/input/normalize.js';

describe('normalizeText: mojibake read as Latin-1', () => {
  it('puts back UTF-8 whose continuation bytes became C1 controls', () => {
    expect(normalizeText('The harbour\u00e2\u0080\u0099s caf\u00c3\u00a9')).toBe('The harbour’s café');
  });

  it('still drops a C1 control that is not part of such a run', () => {
    expect(normalizeText('Berth\u0085 7')).toBe('Berth 7');
  });
});
