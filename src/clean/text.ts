// Text mode: a scrape becomes one block per non-blank line, trimmed, offsets into the scrape, so kept
// paragraphs are verbatim substrings of the input.
import { classify } from './engine.js';
import type { Block, CleanResult } from './types.js';

export type { CleanResult };

const isSpace = (c: number) => c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 160 || c === 0xfeff;

export function splitLines(raw: string): Block[] {
  const blocks: Block[] = [];
  // indexOf finds each line end by a native scan, not a compiled loop over every character.
  for (let start = 0; start <= raw.length; ) {
    let i = raw.indexOf('\n', start);
    if (i < 0) i = raw.length;
    // do-while: the steps run on every line, so TurboFan has seen them before the rare padded line
    // (a step first taken in compiled code has no type feedback and deoptimises).
    let s = start - 1;
    do s++;
    while (s < i && isSpace(raw.charCodeAt(s)));
    let e = i + 1;
    do e--;
    while (e > s && isSpace(raw.charCodeAt(e - 1)));
    if (e > s) blocks.push({ start: s, end: e, text: raw.slice(s, e), tag: 'line', linkDensity: 0 });
    start = i + 1;
  }
  return blocks;
}

export function cleanText(raw: string): CleanResult {
  return classify(splitLines(raw), { findTitle: true });
}
