import { describe, expect, it } from 'vitest';
import { parseNdjsonLine } from '../../src/input/ndjson.js';

describe('parseNdjsonLine', () => {
  it('reads id, text or html, published and title', () => {
    expect(parseNdjsonLine('{"id":"a","text":"Hi.","published":"2013-03-22","title":"T"}', 'f:1')).toEqual({
      id: 'a', source: 'f:1', kind: 'text', content: 'Hi.', published: '2013-03-22', title: 'T',
    });
    expect(parseNdjsonLine('{"id":"b","html":"<p>Hi</p>"}', 'f:2')).toMatchObject({ kind: 'html', content: '<p>Hi</p>', published: null });
  });

  it('says what is wrong with a bad line', () => {
    expect(() => parseNdjsonLine('{"id":', 'x')).toThrow(/^invalid JSON: /u);
    expect(() => parseNdjsonLine('[1]', 'x')).toThrow('expected a JSON object');
    expect(() => parseNdjsonLine('{"text":"x"}', 'x')).toThrow('missing "id"');
    expect(() => parseNdjsonLine('{"id":"a","text":"x","html":"y"}', 'x')).toThrow('exactly one of "text" or "html"');
    expect(() => parseNdjsonLine('{"id":"a"}', 'x')).toThrow('exactly one of "text" or "html"');
    expect(() => parseNdjsonLine('{"id":"a","text":"x","published":20130322}', 'x')).toThrow('"published" must be a string');
  });
});
