import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/core/document.js';
import { newspaperArticles } from '../../../src/nlp/entities/newspapers.js';

const m = (text: string, name: string, type: string): Mention => {
  const start = text.indexOf(name);
  return { text: name, start, end: start + name.length, type };
};

describe('newspaperArticles', () => {
  it('takes a capitalised "The" into a newspaper\'s name', () => {
    const text = 'The Kestrel Times said so.\nThe Harlow Post carried it.';
    const out = newspaperArticles(text, [m(text, 'Kestrel Times', 'organization'), m(text, 'Harlow Post', 'organization')]);
    expect(out.map((x) => [x.text, text.slice(x.start, x.end)])).toEqual([
      ['The Kestrel Times', 'The Kestrel Times'],
      ['The Harlow Post', 'The Harlow Post'],
    ]);
  });

  it('leaves a lower-case "the", other organisations and other types alone', () => {
    const text = 'as the Kestrel Times said. The Harlow Bank rose. The Post Office. The Anna Post spoke.';
    const names = [m(text, 'Kestrel Times', 'organization'), m(text, 'Harlow Bank', 'organization'), m(text, 'Post Office', 'organization'), m(text, 'Anna Post', 'person')];
    expect(newspaperArticles(text, names).map((x) => x.text)).toEqual(['Kestrel Times', 'Harlow Bank', 'Post Office', 'Anna Post']);
  });
});
