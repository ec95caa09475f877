// One-character tokens share one string per character, taken from a property key (so V8 holds it
// internalized): a fresh string for a character past U+00FF ("—", "’"), or a fresh lower-cased letter,
// compared against a literal sent optimised rules back to the interpreter ("wrong instance type").
// The dates and quotes tokenizers both take their one-character tokens from here.
const TEXT = new Map<number, string>();
const LOWER = new Map<number, string>();

function internalized(s: string): string {
  const o: Record<string, number> = {};
  o[s] = 0;
  return Object.keys(o)[0] ?? s;
}

/** The shared string of the character text[at]. */
export function singleChar(text: string, at: number): string {
  const code = text.charCodeAt(at);
  let t = TEXT.get(code);
  if (t === undefined) {
    t = internalized(text[at]!);
    TEXT.set(code, t);
    LOWER.set(code, internalized(t.toLowerCase()));
  }
  return t;
}

/** The shared lower-case string of the character text[at]; singleChar(text, at) must have come first. */
export function singleCharLower(text: string, at: number): string {
  return LOWER.get(text.charCodeAt(at))!;
}
