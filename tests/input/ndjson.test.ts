import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseNdjsonLine } from '../../src/input/ndjson.js';
import { streamLines } from '../../src/input/read.js';

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

describe('streamLines', () => {
  const lines = async (chunks: string[]) => {
    const out: string[] = [];
    for await (const line of streamLines(Readable.from(chunks.map((c) => Buffer.from(c))))) out.push(line);
    return out;
  };

  it('splits at \n, \r\n and \r, also across chunks, as readline does', async () => {
    expect(await lines(['a\nb\r', '\nc\rd'])).toEqual(['a', 'b', 'c', 'd']);
    expect(await lines(['x\r', 'y\n\n'])).toEqual(['x', 'y', '']);
    expect(await lines(['long ', 'line ', 'end'])).toEqual(['long line end']);
  });

  it('keeps characters whose bytes fall in two chunks', async () => {
    const bytes = Buffer.from('é€\n😀');
    const out: string[] = [];
    for await (const line of streamLines(Readable.from([bytes.subarray(0, 1), bytes.subarray(1, 4), bytes.subarray(4)]))) out.push(line);
    expect(out).toEqual(['é€', '😀']);
  });

  it('reads no further ahead than it is asked', async () => {
    let pulled = 0;
    const source = Readable.from((function* () {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield Buffer.from(`{"id":"${i}","text":"t"}\n`);
      }
    })(), { objectMode: false, highWaterMark: 1 });
    const it = streamLines(source)[Symbol.asyncIterator]();
    await it.next();
    expect(pulled).toBeLessThan(50);
    await it.return(undefined);
  });
});
