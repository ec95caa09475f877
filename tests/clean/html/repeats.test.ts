import { describe, expect, it } from 'vitest';
import { copiedBlocks } from '../../../src/clean/html/repeats.js';
import type { Block } from '../../../src/clean/types.js';

const block = (text: string): Block => ({ start: 0, end: text.length, text, tag: 'p', linkDensity: 0 });
const para = (topic: string) =>
  `The harbour crews spent the whole week on the ${topic}, checking every crane, berth and mooring line before the first ships of the season were allowed back in.`;
const TEMPLATE = 'This photograph is provided courtesy of the harbour trust, and it may not be copied or shared without written permission from its archive office.';

describe('copiedBlocks', () => {
  it('takes a run of paragraphs printed again (a second layout of the article) for copies', () => {
    const texts = [para('cranes'), para('berths'), 'Read more', para('cranes'), para('berths')];
    expect(copiedBlocks(texts.map(block))).toEqual([false, false, false, true, true]);
  });

  it('takes a paragraph printed twice in a row for a copy', () => {
    expect(copiedBlocks([para('cranes'), para('cranes'), para('berths')].map(block))).toEqual([false, true, false]);
  });

  it("keeps an item template's sentence that each item repeats between paragraphs of its own", () => {
    const texts = ['North pier', para('north pier'), TEMPLATE, 'South pier', para('south pier'), TEMPLATE, 'East pier', para('east pier'), TEMPLATE];
    expect(copiedBlocks(texts.map(block))).toEqual(texts.map(() => false));
  });

  it('leaves short repeated lines alone', () => {
    expect(copiedBlocks(['Share this', para('cranes'), 'Share this'].map(block))).toEqual([false, false, false]);
  });
});
