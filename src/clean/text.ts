// Text mode: a scrape becomes one block per non-blank line, trimmed, offsets into the scrape, so kept
// paragraphs are verbatim substrings of the input.
import { classify } from './engine.js';
import type { Block, CleanResult } from './types.js';

export type { CleanResult };

const isSpace = (c: number) => c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 160 || c === 0xfeff;

export function splitLines(raw: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i < raw.length && raw.charCodeAt(i) !== 10) continue;
    let s = start;
    let e = i;
    while (s < e && isSpace(raw.charCodeAt(s))) s++;
    while (e > s && isSpace(raw.charCodeAt(e - 1))) e--;
    if (e > s) blocks.push({ start: s, end: e, text: raw.slice(s, e), tag: 'line', linkDensity: 0 });
    start = i + 1;
  }
  return blocks;
}

export function cleanText(raw: string): CleanResult {
  return classify(splitLines(raw), { findTitle: true });
}
