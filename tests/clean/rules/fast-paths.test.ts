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
const ctx: RuleContext = { blocks: [], index: 0, firstProse: -1, counts: new Map(), meta: {} };

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
    expect(disclaimer(block(later), ctx)?.drop).toBe('legal disclaimer');
    expect(disclaimer(block('This is not guaranteed, truly not guaranteed, and again not guaranteed.'), ctx)).toBeNull();
    expect(disclaimer(block('Please consult your own pilot and consult your financial adviser before buying a boat.'), ctx)?.drop).toBe('legal disclaimer');
    expect(disclaimer(block('For general information only; for informational purposes.'), ctx)?.drop).toBe('legal disclaimer');
  });
});

describe('furniture notices inside a line', () => {
  it('finds a notice after a mention of cookies that is none', () => {
    expect(furniture(block('We bake cookies daily; please consider turning off your ad blocker'), ctx)?.drop).toBe('notice or prompt');
    expect(furniture(block('We bake cookies daily in the old harbour kitchen'), ctx)).toBeNull();
    expect(furniture(block('Read about our use of cookies here'), ctx)?.drop).toBe('notice or prompt');
  });

  it('looks for notices only in lines of at most 40 words', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    expect(furniture(block(`${words(37)} all rights reserved`), ctx)?.drop).toBe('notice or prompt');
    expect(furniture(block(`${words(38)} all rights reserved`), ctx)).toBeNull();
  });

  it('finds a call to action by its verb in any case', () => {
    expect(furniture(block('SIGN UP today'), ctx)?.drop).toBe('call to action');
    expect(furniture(block('Unlock the offer today'), ctx)?.drop).toBe('call to action');
  });
});

describe('byline openings', () => {
  it('reads an opening in any case and passes over lines that start otherwise', () => {
    expect(byline(block('WRITTEN BY Jane Rowe'), ctx)?.drop).toBe('byline');
    expect(byline(block('Reporting by Tom Field'), ctx)?.drop).toBe('byline');
    expect(byline(block('Harbour reopens'), ctx)).toBeNull();
    expect(byline(block('“By Jane Rowe”'), ctx)).toBeNull();
  });
});
