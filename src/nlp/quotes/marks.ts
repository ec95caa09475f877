// Pairs double quotation marks into quoted stretches: straight and curly quotes, « », „ “ and `''`,
// quotes running over paragraphs (an opening mark on each paragraph, the closing mark only at the
// end), and unbalanced marks (an unclosed quote ends with its paragraph). One pass, never throws.
import type { Token } from './tokens.js';

export interface Quoted {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or -1 when the quote was never closed. */
  close: number;
  /** The quoted content without the marks (character offsets). */
  start: number;
  end: number;
  /** Token range of the content: [first, last). */
  first: number;
  last: number;
  /** Token indices of the opening marks of continued paragraphs. */
  continued: number[];
}

const OPENERS = new Set(['“', '„', '«', '〝']);
const CLOSERS = new Set(['”', '»', '〞']);
// Characters are read by code, and a position outside the text counts as space: reading past the
// text's end, or comparing a fresh one-character string, sent the optimised scan back to the interpreter.
/** White space as /\s/u has it, or a position outside the text. */
function isSpaceAt(text: string, k: number): boolean {
  if (k < 0 || k >= text.length) return true;
  const c = text.charCodeAt(k);
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0x1680) return c === 0xa0;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f
    || c === 0x3000 || c === 0xfeff;
}
const codeAt = (text: string, k: number): number => (k >= 0 && k < text.length ? text.charCodeAt(k) : -1);
/** Characters after which a mark starts a quote, besides white space: ( [ — – - : / … and the opening marks “ „ « 〝 and ". */
const opensAfter = (c: number): boolean => c === 40 || c === 91 || c === 0x2014 || c === 0x2013 || c === 45 || c === 58 || c === 47
  || c === 0x2026 || c === 0x201c || c === 0x201e || c === 0xab || c === 0x301d || c === 34;

/** Text follows the mark: at once, or past a space before an ellipsis (`” … he delivered a mix`). */
function textAfter(text: string, t: Token): boolean {
  if (!isSpaceAt(text, t.end)) return true;
  return codeAt(text, t.end) === 32 && (codeAt(text, t.end + 1) === 0x2026 || text.startsWith('...', t.end + 1));
}

function canOpen(text: string, t: Token): boolean {
  return textAfter(text, t) && (isSpaceAt(text, t.start - 1) || opensAfter(codeAt(text, t.start - 1)));
}

function canClose(text: string, t: Token): boolean {
  return !isSpaceAt(text, t.start - 1) || isSpaceAt(text, t.end) || t.text === '»';
}

export function findQuoted(text: string, tokens: readonly Token[]): Quoted[] {
  const out: Quoted[] = [];
  let open = -1; // token index of the pending opening mark
  let continued: number[] = [];
  /** The closing mark of a quote of the other style nested in the open one, while it is open. */
  let nested = '';
  const emit = (close: number, lastContent: number) => {
    const first = open + 1;
    if (lastContent > first) {
      const start = tokens[first]!.start;
      const end = tokens[lastContent - 1]!.end;
      out.push({ open, close, start, end, first, last: lastContent, continued });
    }
    open = -1;
    continued = [];
    nested = '';
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'break') {
      if (open < 0) continue;
      // Paragraph ends inside a quote: it continues if the next paragraph opens with a mark.
      let j = i;
      while (j < tokens.length && tokens[j]!.kind === 'break') j++;
      const next = tokens[j];
      // The continuing paragraph opens with the same mark; `"Kevin was snoring.` followed by a
      // paragraph opening with “ is a stray mark, not a quote running on.
      if (next && next.kind === 'mark' && canOpen(text, next) && !CLOSERS.has(next.text) && next.text === tokens[open]!.text) {
        continued.push(j);
        i = j;
      } else {
        emit(-1, i);
      }
      continue;
    }
    if (t.kind !== 'mark') continue;
    if (open < 0) {
      // "« oui »": French spacing puts a space inside the guillemets.
      if (t.text === '«' || (OPENERS.has(t.text) ? textAfter(text, t) : canOpen(text, t))) {
        open = i;
        continued = [];
      }
      continue;
    }
    const looksOpening = OPENERS.has(t.text) && canOpen(text, t) && !(!isSpaceAt(text, t.start - 1) && isSpaceAt(text, t.end));
    // `"... about “Equal Justice Under Law” anymore."`: a quote of the other style nested inside.
    if (nested) {
      if (t.text === nested) nested = '';
      continue;
    }
    const outer = tokens[open]!.text;
    // Computed for every mark (the tests below reach it only in rare cases, where it then had no type
    // feedback and sent the scan back to the interpreter).
    const later = i > open + 1;
    if (outer === '"' && t.text === '“' && looksOpening && later) { nested = '”'; continue; }
    if (outer === '“' && t.text === '"' && canOpen(text, t) && isSpaceAt(text, t.start - 1) && later) { nested = '"'; continue; }
    if (looksOpening && later) {
      // A second opening mark before any closing one: the first was a stray mark.
      open = i;
      continued = [];
      continue;
    }
    if (canClose(text, t) || CLOSERS.has(t.text)) emit(i, i);
  }
  if (open >= 0) emit(-1, tokens.length);
  return out;
}
