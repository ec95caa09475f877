import { describe, expect, it } from 'vitest';
import { markSources } from '../../../src/clean/html/sources.js';
import type { Block } from '../../../src/clean/types.js';

const block = (text: string): Block => ({ start: 0, end: text.length, text, tag: 'p', linkDensity: 0 });
const para = (n: number) => `Paragraph ${n} of the harbour report explains how the crews cleared the berths before the ships returned.`;

describe('markSources', () => {
  it('marks a closing sources line and the citations after it as chrome', () => {
    const texts = [para(1), para(2), para(3), para(4), 'Article Sources:', '1. Port Authority (2031). Annual berth survey.'];
    expect(markSources(texts.map(block)).map((b) => b.chrome === true)).toEqual([false, false, false, false, true, true]);
  });

  it('leaves a sources line high on the page, and other headings, alone', () => {
    const early = ['Sources', para(1), para(2), para(3), para(4), para(5)];
    expect(markSources(early.map(block)).some((b) => b.chrome)).toBe(false);
    const notes = [para(1), para(2), para(3), 'Notes', 'Dry the nets before storing them.'];
    expect(markSources(notes.map(block)).some((b) => b.chrome)).toBe(false);
  });
});
