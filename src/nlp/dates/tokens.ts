// One linear pass that cuts the text into words, numbers and single punctuation marks.
// Letters and digits are split where they meet ("in2003" -> "in" "2003", "1980s" -> "1980" "s"),
// so the rules see glued forms as separate tokens and can ask whether a space came between.

import { singleChar, singleCharLower } from '../single-chars.js';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text: what the rules compare against. */
  lower: string;
  kind: TokenKind;
  /** Whitespace (or the start of the text) before this token. */
  space: boolean;
  /** Numeric value of a `num` token (digits with optional thousands commas or a decimal point). */
  num: number;
  /** Number of digits of a `num` token as written (leading zeros count). */
  digits: number;
  /** First letter upper-case. */
  cap: boolean;
}

const enum C { Space, Letter, Digit, Other }

function classOf(code: number): C {
  if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 12 || code === 11) return C.Space;
  if (code >= 48 && code <= 57) return C.Digit;
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return C.Letter;
  if (code < 0xc0) return C.Other;
  // General punctuation, spaces and symbols above U+2000 are not letters; most else above U+00C0 is.
  if (code >= 0x2000 && code <= 0x2bff) return code >= 0x2000 && code <= 0x200b ? C.Space : C.Other;
  if (code === 0xd7 || code === 0xf7 || code === 0x3000 || code === 0xfeff) return C.Other;
  return C.Letter;
}

/** The first letter is upper-case; ASCII is decided by code, without a one-letter string. */
function isCapital(t: string): boolean {
  const first = t.charCodeAt(0);
  if (first < 128) return first >= 65 && first <= 90;
  return t[0] !== t[0]!.toLowerCase();
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let space = true;
  while (i < n) {
    const c = classOf(text.charCodeAt(i));
    if (c === C.Space) { space = true; i++; continue; }
    const start = i;
    let kind: TokenKind;
    // No A-Z and nothing past ASCII: lower-casing would change nothing (numbers never need it).
    let plain = true;
    if (c === C.Letter) {
      // ASCII letters decided inline; classOf only for the rest.
      while (i < n) {
        const code = text.charCodeAt(i);
        if (code >= 97 && code <= 122) { i++; continue; }
        if (code >= 65 && code <= 90) { plain = false; i++; continue; }
        if (code < 0xc0 || classOf(code) !== C.Letter) break;
        plain = false;
        i++;
      }
      kind = 'word';
    } else if (c === C.Digit) {
      // Digits, with "," or "." inside only when a digit follows ("3,000", "6.5", not "1989.").
      while (i < n) {
        const k = classOf(text.charCodeAt(i));
        if (k === C.Digit) { i++; continue; }
        const ch = text.charCodeAt(i);
        if ((ch === 44 || ch === 46) && i + 1 < n && classOf(text.charCodeAt(i + 1)) === C.Digit) { i++; continue; }
        break;
      }
      kind = 'num';
    } else {
      i++;
      kind = 'punct';
    }
    const t = i - start === 1 ? singleChar(text, start) : text.slice(start, i);
    let num = NaN;
    let digits = 0;
    if (kind === 'num') {
      if (t.includes('.')) num = t.includes(',') ? NaN : Number(t);
      else num = Number(t.includes(',') ? t.replace(/,/g, '') : t);
      digits = t.length;
    }
    out.push({ start, end: i, text: t, lower: i - start === 1 ? singleCharLower(text, start) : plain ? t : t.toLowerCase(), kind, space, num, digits, cap: kind === 'word' && isCapital(t) });
    space = false;
  }
  return out;
}
