// A small linear tokenizer for the quotation rules: words (with inner apostrophes, hyphens and
// abbreviation dots), single punctuation marks, double quotation marks and line breaks.
import { lowerOf } from '../lower.js';
import { singleChar, singleCharLower } from '../single-chars.js';

export type TokenKind = 'word' | 'punct' | 'mark' | 'break';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  kind: TokenKind;
}

/** Abbreviations whose dot belongs to the word ("Mr.", "Sen."), lower-cased without the dot. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen col lt sgt capt maj adm rev st jr sr inc corp co ltd vs no messrs gens supt det cmdr'.split(' '),
);

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A letter or digit at `k` (< text.length); ASCII is decided without the regular expression. */
function isWordAt(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(text[k]!);
}
// ' ’ - ‐ &
const isJoiner = (code: number): boolean => code === 39 || code === 0x2019 || code === 45 || code === 0x2010 || code === 38;
/** Characters that are double quotation marks on their own: " “ ” „ « » ‟ 〝 〞. `''` (two apostrophes) counts as one. */
const isDoubleMark = (code: number): boolean => code === 34 || (code >= 0x201c && code <= 0x201f) || code === 0xab || code === 0xbb
  || code === 0x301d || code === 0x301e;
const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x200b;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const push = (start: number, end: number, kind: TokenKind) => {
    const t = text.slice(start, end);
    out.push({ start, end, text: t, lower: lowerOf(text, start, end, t), kind });
  };
  const pushSingle = (at: number, kind: TokenKind) => {
    const t = singleChar(text, at);
    out.push({ start: at, end: at + 1, text: t, lower: singleCharLower(text, at), kind });
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      pushSingle(i, 'break');
      i++;
    } else if (isBlank(c)) {
      i++;
    } else if (isDoubleMark(c)) {
      pushSingle(i, 'mark');
      i++;
    } else if (c === 39 && i + 1 < n && text.charCodeAt(i + 1) === 39) {
      // `''` is the double quotation mark of some newswires (NYT): one mark of two characters.
      out.push({ start: i, end: i + 2, text: "''", lower: "''", kind: 'mark' });
      i += 2;
    } else if (isWordAt(text, i)) {
      let j = i + 1;
      while (j < n) {
        if (isWordAt(text, j)) { j++; continue; }
        const d = text.charCodeAt(j);
        if ((isJoiner(d) || d === 46) && j + 1 < n && isWordAt(text, j + 1)) j += 2;
        else break;
      }
      // "Mr." "U.S." "J." keep their final dot.
      if (j < n && text.charCodeAt(j) === 46) {
        const raw = text.slice(i, j);
        const w = lowerOf(text, i, j, raw);
        const after = j + 1 < n ? text.charCodeAt(j + 1) : -1;
        // "(D-Wis.)", "R-Ky., told": a party and state label keeps its dot too (before ")" any word does,
        // so the label pattern is only tried before a comma, not at every sentence end).
        const label = after === 44 && /^\p{Lu}-\p{Lu}[\p{L}.]{0,4}$/u.test(raw);
        if (ABBREVIATIONS.has(w) || w.length === 1 || w.includes('.') || label || after === 41) j++;
      }
      push(i, j, 'word');
      i = j;
    } else {
      pushSingle(i, 'punct');
      i++;
    }
  }
  return out;
}

export const isCapitalized = (t: Token): boolean => t.kind === 'word' && /^\p{Lu}/u.test(t.text);
