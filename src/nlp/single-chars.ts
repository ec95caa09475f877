// One-character tokens share one string per character, taken from a property key (so V8 holds it
// internalized): a fresh string for a character past U+00FF ("—", "’"), or a fresh lower-cased letter,
// compared against a literal sent optimised rules back to the interpreter ("wrong instance type").
// The dates and quotes tokenizers both take their one-character tokens from here.
// Characters are found by an array read over all 65,536 codes: a map look-up hashed the code for every
// punctuation mark and one-letter word of every text, and a map kept only for rare characters sent
// the tokenizers back to the interpreter at the first one.
const TABLE_SIZE = 0x10000;
/** '' for a character not met yet (one elements kind for the whole array). */
const TEXT_TABLE: string[] = Array.from({ length: TABLE_SIZE }, () => '');
const LOWER_TABLE: string[] = Array.from({ length: TABLE_SIZE }, () => '');

function internalized(s: string): string {
  const o: Record<string, number> = {};
  o[s] = 0;
  return Object.keys(o)[0] ?? s;
}

function add(text: string, at: number, code: number): string {
  const t = internalized(text[at]!);
  const lower = internalized(t.toLowerCase());
  TEXT_TABLE[code] = t;
  LOWER_TABLE[code] = lower;
  return t;
}

/** The shared string of the character text[at]. */
export function singleChar(text: string, at: number): string {
  const code = text.charCodeAt(at);
  const t = TEXT_TABLE[code]!;
  return t !== '' ? t : add(text, at, code);
}

/** The shared lower-case string of the character text[at]; singleChar(text, at) must have come first. */
export function singleCharLower(text: string, at: number): string {
  return LOWER_TABLE[text.charCodeAt(at)]!;
}
