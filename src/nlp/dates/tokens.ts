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

/**
 * The value of the number text[start, end) (digits, with commas or one kind of dot inside): digits
 * are summed as they are read, which gives what Number() gives when nothing is lost to rounding
 * (15 digits or fewer); a decimal point (with no comma) or a longer number goes through Number().
 */
function numberValue(text: string, start: number, end: number, t: string): number {
  let v = 0;
  let commas = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 46) return t.includes(',') ? NaN : Number(t);
    if (c === 44) commas = true;
    else v = v * 10 + (c - 48);
  }
  if (end - start <= 15) return v;
  return Number(commas ? t.replace(/,/g, '') : t);
}

// Tokens are built by one function, so every one has the same fields in one order.
function token(start: number, end: number, text: string, lower: string, kind: TokenKind, space: boolean, num: number, digits: number, cap: boolean): Token {
  return { start, end, text, lower, kind, space, num, digits, cap };
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let space = true;
  while (i < n) {
    const code = text.charCodeAt(i);
    // ASCII decided inline: a space, a letter and a digit need no call.
    if (code === 32 || code === 10) { space = true; i++; continue; }
    const start = i;
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && classOf(code) === C.Letter)) {
      // No A-Z and nothing past ASCII: lower-casing would change nothing.
      let plain = code >= 97 && code <= 122;
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c >= 97 && c <= 122) { i++; continue; }
        if (c >= 65 && c <= 90) { plain = false; i++; continue; }
        if (c < 0xc0 || classOf(c) !== C.Letter) break;
        plain = false;
        i++;
      }
      if (i - start === 1) {
        const t = singleChar(text, start);
        const lower = singleCharLower(text, start);
        // One letter is a capital when lower-casing changes it (isCapital's test, without its call).
        out.push(token(start, i, t, lower, 'word', space, NaN, 0, code < 128 ? code <= 90 : t !== lower));
      } else {
        const t = text.slice(start, i);
        out.push(token(start, i, t, plain ? t : t.toLowerCase(), 'word', space, NaN, 0, code < 128 ? code <= 90 : isCapital(t)));
      }
    } else if (code >= 48 && code <= 57) {
      // Digits, with "," or "." inside only when a digit follows ("3,000", "6.5", not "1989.").
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) { i++; continue; }
        if ((c === 44 || c === 46) && i + 1 < n) {
          const d = text.charCodeAt(i + 1);
          if (d >= 48 && d <= 57) { i++; continue; }
        }
        break;
      }
      const t = i - start === 1 ? singleChar(text, start) : text.slice(start, i);
      out.push(token(start, i, t, i - start === 1 ? singleCharLower(text, start) : t, 'num', space, numberValue(text, start, i, t), i - start, false));
    } else {
      const c = classOf(code);
      if (c === C.Space) { space = true; i++; continue; }
      i++;
      const t = singleChar(text, start);
      out.push(token(start, i, t, singleCharLower(text, start), 'punct', space, NaN, 0, false));
    }
    space = false;
  }
  return out;
}
