// A small linear tokenizer for the quotation rules: words (with inner apostrophes, hyphens and
// abbreviation dots), single punctuation marks, double quotation marks and line breaks.
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

// Tokens are built by one function, so every one has the same fields in one order.
function token(start: number, end: number, text: string, lower: string, kind: TokenKind): Token {
  return { start, end, text, lower, kind };
}

/** An ASCII letter or digit that lower-casing leaves as it is (a-z, 0-9). */
const isPlainWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * The end of the word starting at i (a letter or digit): letters and digits, joined by ' ’ - ‐ &
 * or "." when a letter or digit follows. Returns end * 2, plus 1 when the word is plain (no A-Z and
 * nothing past ASCII, so that lower-casing leaves it as it is).
 */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let plain = isPlainWordCode(text.charCodeAt(i));
  let j = i + 1;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (isPlainWordCode(d)) { j++; continue; }
    if (d >= 65 && d <= 90) { plain = false; j++; continue; }
    if (d >= 128 && WORD_CHAR.test(text[j]!)) { plain = false; j++; continue; }
    if ((isJoiner(d) || d === 46) && j + 1 < n && isWordAt(text, j + 1)) {
      if (d >= 128 || !isPlainWordCode(text.charCodeAt(j + 1))) plain = false;
      j += 2;
      continue;
    }
    break;
  }
  return j * 2 + (plain ? 1 : 0);
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++;
    } else if (c === 10) {
      out.push(token(i, i + 1, singleChar(text, i), singleCharLower(text, i), 'break'));
      i++;
    } else if (isBlank(c)) {
      i++;
    } else if (isDoubleMark(c)) {
      out.push(token(i, i + 1, singleChar(text, i), singleCharLower(text, i), 'mark'));
      i++;
    } else if (c === 39 && i + 1 < n && text.charCodeAt(i + 1) === 39) {
      // `''` is the double quotation mark of some newswires (NYT): one mark of two characters.
      out.push(token(i, i + 2, "''", "''", 'mark'));
      i += 2;
    } else if (isWordAt(text, i)) {
      const e = wordEnd(text, i);
      let j = e >> 1;
      const plain = (e & 1) === 1;
      let t = text.slice(i, j);
      let lower = plain ? t : t.toLowerCase();
      // "Mr." "U.S." "J." keep their final dot.
      if (j < n && text.charCodeAt(j) === 46) {
        const after = j + 1 < n ? text.charCodeAt(j + 1) : -1;
        // "(D-Wis.)", "R-Ky., told": a party and state label keeps its dot too (before ")" any word does,
        // so the label pattern is only tried before a comma, not at every sentence end).
        const label = after === 44 && /^\p{Lu}-\p{Lu}[\p{L}.]{0,4}$/u.test(t);
        if (ABBREVIATIONS.has(lower) || lower.length === 1 || lower.includes('.') || label || after === 41) {
          j++;
          t = text.slice(i, j);
          lower = plain ? t : t.toLowerCase();
        }
      }
      out.push(token(i, j, t, lower, 'word'));
      i = j;
    } else {
      out.push(token(i, i + 1, singleChar(text, i), singleCharLower(text, i), 'punct'));
      i++;
    }
  }
  return out;
}

export const isCapitalized = (t: Token): boolean => t.kind === 'word' && /^\p{Lu}/u.test(t.text);
