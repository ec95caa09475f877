// Titles in quotation marks: ABC's "This Week", CBS's "60 Minutes", the film "High Noon" name a
// programme or a work, not a time. A quotation of two to six words written in title case, with a
// capital on a word other than its first that is not a month or weekday name (those are capitalised
// anyway: "Last Tuesday," he said), is a title; a date inside it is dropped.
import { MONTHS, WEEKDAYS } from './lexicon.js';
import type { Token } from './tokens.js';

const TITLE_WORDS = 6;
/** Lower-case words a title may hold between its capitalised ones ("This Week With David Brinkley", "Meet the Press"). */
const SMALL = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'with']);

/** A double quotation mark at k: '"', '“', '”', or two glued apostrophes or backquotes ('' ``). */
function isQuote(tokens: readonly Token[], k: number, dir: -1 | 1): boolean {
  // Marks are punctuation: kinds first, so only the shared one-character strings are compared (a
  // word's text compared here sent the date engine back to the interpreter).
  if (tokens[k]!.kind !== 'punct') return false;
  const c = tokens[k]!.text;
  if (c === '"' || c === '“' || c === '”') return true;
  if (c !== "'" && c !== '’' && c !== '`' && c !== '‘') return false;
  const o = k + dir;
  if (o < 0 || o >= tokens.length) return false;
  const glued = dir > 0 ? !tokens[o]!.space : !tokens[k]!.space;
  return glued && tokens[o]!.kind === 'punct' && tokens[o]!.text === c;
}

const titleWord = (t: Token): boolean => (t.kind === 'word' && (t.cap || SMALL.has(t.lower))) || t.kind === 'num';

/** Whether tokens [start, end) lie inside a quoted title. */
export function inQuotedTitle(tokens: readonly Token[], start: number, end: number): boolean {
  let a = start, b = end;
  while (a > 0 && start - a < TITLE_WORDS && titleWord(tokens[a - 1]!)) a--;
  while (b < tokens.length && b - start < TITLE_WORDS && titleWord(tokens[b]!)) b++;
  // The marks hug the title: an opening one glued to its first word, a closing one to its last.
  if (b - a < 2 || b - a > TITLE_WORDS || a === 0 || tokens[a]!.space || !isQuote(tokens, a - 1, -1)) return false;
  // A comma or full stop may close the title inside the quotation marks ("This Week," / "60 Minutes.").
  let q = b;
  if (q < tokens.length && tokens[q]!.kind === 'punct' && (tokens[q]!.text === ',' || tokens[q]!.text === '.')) q++;
  if (q >= tokens.length || tokens[q]!.space || !isQuote(tokens, q, 1)) return false;
  for (let k = a + 1; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && t.cap && !MONTHS.has(t.lower) && !WEEKDAYS.has(t.lower)) return true;
  }
  return false;
}
