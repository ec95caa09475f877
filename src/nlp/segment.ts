// Sentence segmentation: a linear scan for sentence-final punctuation, with line breaks as hard
// boundaries (headlines, paragraphs, and one-sentence-per-line corpora).
import type { Span } from '../core/document.js';

// Lower-cased abbreviations (without the dot) after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen col lt sgt capt maj adm rev st jr sr inc corp co ltd vs no jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e etc'.split(' '),
);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0';
}

function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && !isSpace(text[i - 1]) && text[i - 1] !== '\n') i--;
  return text.slice(i, dot).toLowerCase().replace(/^[("'“‘[]+/, '');
}

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

// Line breaks and sentence-final punctuation: the only characters a boundary starts from. The regular
// expression engine finds the next one faster than a loop over every character.
const CANDIDATE = /[\n.!?]/g;

/** Index of the next line break, '.', '!' or '?' at or after `from`, or -1. */
function nextCandidate(text: string, from: number): number {
  CANDIDATE.lastIndex = from;
  return CANDIDATE.test(text) ? CANDIDATE.lastIndex - 1 : -1;
}

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = nextCandidate(text, 0); i >= 0; i = nextCandidate(text, i + 1)) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      pushTrimmed(out, text, start, i);
      start = i + 1;
      continue;
    }
    const c = text[i]!;
    let j = i + 1;
    while (j < text.length && (CLOSERS.has(text[j]!) || text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    // Not followed by a space: no boundary anywhere in this run of punctuation (skip it whole, so a
    // long run costs one pass).
    if (j < text.length && !isSpace(text[j]) && text[j] !== '\n') {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < text.length && isSpace(text[k])) k++;
    const next = text[k];
    if (next !== undefined && next !== '\n' && !/[\p{Lu}\d"“‘'(\[«]/u.test(next)) continue;
    if (c === '.') {
      const word = wordBefore(text, i);
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    pushTrimmed(out, text, start, j);
    start = j;
    i = j - 1;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}
