import { describe, expect, it } from 'vitest';
import { mapChanged, mention, retyped } from '../../../src/nlp/entities/mention.js';

describe('mapChanged', () => {
  const ms = [mention('Acme', 0, 4, 'person'), mention('Paris', 10, 15, 'place'), mention('Bob', 20, 23, 'person')];

  it('gives the same array back when no mention changes', () => {
    expect(mapChanged(ms, (m) => m)).toBe(ms);
  });

  it('copies the mentions, the changed ones replaced, when one changes', () => {
    const out = mapChanged(ms, (m) => (m.text === 'Paris' ? retyped(m, 'organization') : m));
    expect(out).not.toBe(ms);
    expect(out.map((m) => m.type)).toEqual(['person', 'organization', 'person']);
    expect(out[0]).toBe(ms[0]);
    expect(out[2]).toBe(ms[2]);
    expect(ms[1]!.type).toBe('place');
  });
});
