import { describe, expect, it } from 'vitest';
import { parseReference } from '../../../src/nlp/dates/calendar.js';
import { Engine } from '../../../src/nlp/dates/engine.js';
import { dateRules } from '../../../src/nlp/dates/index.js';
import { warmUp } from '../../../src/nlp/dates/warmup.js';
import { splitSentences } from '../../../src/nlp/segment.js';
import { REF } from './tag.js';

describe('date warm-up', () => {
  it('leaves no state behind: a text gives the same dates before and after it', () => {
    const engine = new Engine(dateRules);
    const text = 'In June 1998 the plant closed; that same month, at 10 p.m. Friday, 2 1/2 years of talks ended.';
    const before = engine.run(text, splitSentences(text), parseReference(REF));
    warmUp(engine);
    warmUp(engine);
    expect(engine.run(text, splitSentences(text), parseReference(REF))).toEqual(before);
    expect(before.map((d) => d.text)).toEqual(['June 1998', 'that same month', '10 p.m. Friday', '2 1/2 years']);
  });
});
