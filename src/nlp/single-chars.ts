// One-character tokens share one string per character, taken from a property key (so V8 holds it
// internalized): a fresh string for a character past U+00FF ("—", "’"), or a fresh lower-cased letter,
// compared against a literal sent optimised rules back to the interpreter ("wrong instance type").
// The dates and quotes tokenizers both take their one-character tokens from here.
// Characters below U+3000 are found by an array read (a map look-up hashed the code, for every
// punctuation mark and one-letter word of every text); the rest by the maps.
const TABLE_SIZE = 0x3000;
/** '' for a character not met yet (one elements kind for the whole array). */
const TEXT_TABLE: string[] = Array.from({ length: TABLE_SIZE }, () => '');
const LOWER_TABLE: string[] = Array.from({ length: TABLE_SIZE }, () => '');
const TEXT = new Map<number, string>();
const LOWER = new Map<number, string>();

function internalized(s: string): string {
  const o: Record<string, number> = {};
  o[s] = 0;
  return Object.keys(o)[0] ?? s;
}

function add(text: string, at: number, code: number): string {
  const t = internalized(text[at]!);
  const lower = internalized(t.toLowerCase());
  if (code < TABLE_SIZE) {
    TEXT_TABLE[code] = t;
    LOWER_TABLE[code] = lower;
  } else {
    TEXT.set(code, t);
    LOWER.set(code, lower);
  }
  return t;
}

/** The shared string of the character text[at]. */
export function singleChar(text: string, at: number): string {
  const code = text.charCodeAt(at);
  if (code < TABLE_SIZE) {
    const t = TEXT_TABLE[code]!;
    return t !== '' ? t : add(text, at, code);
  }
  return TEXT.get(code) ?? add(text, at, code);
}

/** The shared lower-case string of the character text[at]; singleChar(text, at) must have come first. */
export function singleCharLower(text: string, at: number): string {
  const code = text.charCodeAt(at);
  return code < TABLE_SIZE ? LOWER_TABLE[code]! : LOWER.get(code)!;
}
