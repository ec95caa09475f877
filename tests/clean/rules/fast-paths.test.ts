// The rules' shortcuts give what the plain scans they replace give, on lines written for these tests.
import { describe, expect, it } from 'vitest';
import { wordCount as scanWordCount, wordCountUpTo } from '../../../src/core/words.js';
import { byline } from '../../../src/clean/rules/byline.js';
import { disclaimer } from '../../../src/clean/rules/disclaimer.js';
import { furniture } from '../../../src/clean/rules/furniture.js';
import type { RuleContext } from '../../../src/clean/rules/rule.js';
import { keyWordsUpTo, phraseKey, wordCount } from '../../../src/clean/rules/shape.js';
import { splitLines } from '../../../src/clean/text.js';
import type { Block } from '../../../src/clean/types.js';

const block = (text: string): Block => ({ start: 0, end: text.length, text, tag: 'line', linkDensity: 0 });
/** The context the classifier judges a block in: its phrase key, no prose found yet. */
const judged = (text: string): [Block, RuleContext] => [block(text), ctx(block(text))];
const ctx = (b: Block): RuleContext => ({ blocks: [b], index: 0, key: phraseKey(b.text), firstProse: -1, counts: new Map(), meta: {} });

const LINES = [
  '', 'one', 'two words', 'The harbour reopened on Sunday after the storm.', '  padded  line ', 'tab\tinside', 'no\u00a0break space',
  'em\u2003space', 'vertical\u000btab', 'line\nend', ' lead', 'trail ', 'a  b', 'x y z', '\u00a0', ' ', 'İstanbul ferries',
];

describe('wordCount', () => {
  it('counts as the character scan of core/words does, plain-spaced or not', () => {
    for (const line of LINES) expect(wordCount(line), JSON.stringify(line)).toBe(scanWordCount(line));
  });
});

describe('keyWordsUpTo', () => {
  it('counts a phrase key as wordCountUpTo does, stopping one past the limit', () => {
    for (const line of LINES) {
      const key = phraseKey(line);
      for (const limit of [0, 1, 2, 3, 8, 40]) expect(keyWordsUpTo(key, limit), `${JSON.stringify(key)} ${limit}`).toBe(wordCountUpTo(key, limit));
    }
  });
});

describe('splitLines', () => {
  it('gives every non-blank line trimmed, with its offsets, whatever ends the text', () => {
    for (const raw of ['', '\n', 'one', 'one\n', '\none\n\n two \ntwo', ' \u00a0\n\t']) {
      const want: [number, number][] = [];
      let at = 0;
      for (const line of raw.split('\n')) {
        const trimmed = line.replace(/^[ \t\r\f\v\u00a0\ufeff]+|[ \t\r\f\v\u00a0\ufeff]+$/gu, '');
        if (trimmed) want.push([at + line.indexOf(trimmed), at + line.indexOf(trimmed) + trimmed.length]);
        at += line.length + 1;
      }
      expect(splitLines(raw).map((b) => [b.start, b.end]), JSON.stringify(raw)).toEqual(want);
    }
  });
});

describe('disclaimer markers found through their shared words', () => {
  it('finds a marker at any occurrence of its word, and counts each marker once', () => {
    const later = 'Knots do not slip. The chart is not guaranteed and cannot replace training; it is not intended to do so.';
    expect(disclaimer(...judged(later))?.drop).toBe('legal disclaimer');
    expect(disclaimer(...judged('This is not guaranteed, truly not guaranteed, and again not guaranteed.'))).toBeNull();
    expect(disclaimer(...judged('Please consult your own pilot and consult your financial adviser before buying a boat.'))?.drop).toBe('legal disclaimer');
    expect(disclaimer(...judged('For general information only; for informational purposes.'))?.drop).toBe('legal disclaimer');
  });
});

describe('furniture notices inside a line', () => {
  it('finds a notice after a mention of cookies that is none', () => {
    expect(furniture(...judged('We bake cookies daily; please consider turning off your ad blocker'))?.drop).toBe('notice or prompt');
    expect(furniture(...judged('We bake cookies daily in the old harbour kitchen'))).toBeNull();
    expect(furniture(...judged('Read about our use of cookies here'))?.drop).toBe('notice or prompt');
  });

  it('looks for notices only in lines of at most 40 words', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    expect(furniture(...judged(`${words(37)} all rights reserved`))?.drop).toBe('notice or prompt');
    expect(furniture(...judged(`${words(38)} all rights reserved`))).toBeNull();
  });

  it('finds a call to action by its verb in any case', () => {
    expect(furniture(...judged('SIGN UP today'))?.drop).toBe('call to action');
    expect(furniture(...judged('Unlock the offer today'))?.drop).toBe('call to action');
  });
});

describe('byline openings', () => {
  it('reads an opening in any case and passes over lines that start otherwise', () => {
    expect(byline(...judged('WRITTEN BY Jane Rowe'))?.drop).toBe('byline');
    expect(byline(...judged('Reporting by Tom Field'))?.drop).toBe('byline');
    expect(byline(...judged('Harbour reopens'))).toBeNull();
    expect(byline(...judged('“By Jane Rowe”'))).toBeNull();
  });
});

describe('content words of a phrase key', () => {
  it('are those of the lower-cased line, so the ranker may count the body by its keys', async () => {
    const { contentWords, contentWordsOfLower, countWords } = await import('../../../src/clean/rules/title-words.js');
    const lines = ['Harbour News —', ' The Quay’s  RE-OPENING: naïve café! ', 'Ferries\u2003resume » ', 'İstanbul ferries sail again', 'Moorings | Harbour'];
    for (const line of lines) expect(contentWordsOfLower(phraseKey(line)), line).toEqual(contentWords(line));
    const wanted = new Set(['harbour', 'ferries', 'café', 'istanbul']);
    expect(countWords(lines, wanted, 30, lines.map(phraseKey))).toEqual(countWords(lines, wanted, 30));
  });
});
