// Text-mode boilerplate removal: classify each line of a text scrape as body or boilerplate, keep
// body lines verbatim, and keep what the boilerplate says (title, section, editor) as metadata.
import type { DocumentMeta, Removed } from '../core/document.js';

export interface CleanResult {
  text: string;
  removed: Removed[];
  meta: Partial<DocumentMeta>;
  warnings: string[];
}

interface Line {
  start: number;
  end: number;
  text: string;
}

// Whole lines that are page furniture, compared lower-cased and trimmed.
const FURNITURE = new Set([
  'you may also like', 'leave a comment', 'related articles', 'related posts', 'related', 'back to top button',
  'back to top', 'adblock detected', 'share this', 'share', 'tweet', 'comments', 'advertisement', 'read more',
]);
// Headings after which the rest of the page is other articles, not this one.
const TAIL_HEADINGS = new Set(['you may also like', 'related articles', 'related posts', 'read more']);
const AD_BLOCK_PLEA = /^please (consider )?(supporting|support) us by disabling your ad ?blocker/iu;
const BREADCRUMB_SEPARATOR = /\s[»›>]\s/u;
const EDITOR = /^(editor|edited by)\s*:?\s*(.+)$/iu;
// Lowercase letters and digits glued to the first capitalised word: an image caption's residue.
const IMAGE_RESIDUE = /^[a-z][a-z0-9_-]*\d(?=\p{Lu}\p{Ll})/u;

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i === raw.length || raw[i] === '\n') {
      let s = start;
      let e = i;
      while (s < e && /\s/u.test(raw[s]!)) s++;
      while (e > s && /\s/u.test(raw[e - 1]!)) e--;
      if (e > s) lines.push({ start: s, end: e, text: raw.slice(s, e) });
      start = i + 1;
    }
  }
  return lines;
}

function isProse(line: string): boolean {
  return line.length >= 60 && /[.!?"”’)]$/u.test(line) && line.split(/\s+/u).length >= 8;
}

export function cleanText(raw: string): CleanResult {
  const removed: Removed[] = [];
  const meta: Partial<DocumentMeta> = {};
  const kept: Line[] = [];
  const drop = (line: Line, reason: string) => removed.push({ start: line.start, end: line.end, reason, text: line.text });
  const lines = splitLines(raw);
  const firstProse = lines.findIndex((l) => isProse(l.text));
  let inTail = false;

  lines.forEach((line, i) => {
    const lower = line.text.toLowerCase();
    if (inTail) return drop(line, 'after related-content heading');
    if (TAIL_HEADINGS.has(lower) && kept.length > 0) {
      inTail = true;
      return drop(line, 'related-content heading');
    }
    if (FURNITURE.has(lower)) return drop(line, 'page furniture');
    if (AD_BLOCK_PLEA.test(line.text)) return drop(line, 'ad-blocker notice');
    if (BREADCRUMB_SEPARATOR.test(line.text) && line.text.length < 200 && !isProse(line.text)) {
      const crumbs = line.text.split(BREADCRUMB_SEPARATOR).map((c) => c.trim()).filter(Boolean);
      if (crumbs.length >= 3) meta.section ??= crumbs[crumbs.length - 2]!;
      return drop(line, 'breadcrumb');
    }
    const editor = EDITOR.exec(line.text);
    if (editor && line.text.length < 80) {
      (meta.editors ??= []).push(editor[2]!.trim());
      return drop(line, 'editor line');
    }
    if (i < firstProse && kept.length === 0 && !meta.title && !/[.!?]$/u.test(line.text) && line.text.length < 200) {
      meta.title = line.text;
      return drop(line, 'title');
    }
    if (i < firstProse && kept.length === 0 && !isProse(line.text) && line.text.length < 40) return drop(line, 'short line before the article');
    kept.push(line);
  });

  const first = kept[0];
  const residue = first ? IMAGE_RESIDUE.exec(first.text) : null;
  if (first && residue) {
    drop({ start: first.start, end: first.start + residue[0].length, text: residue[0] }, 'image residue');
    kept[0] = { start: first.start + residue[0].length, end: first.end, text: first.text.slice(residue[0].length) };
  }
  const warnings = kept.length === 0 && lines.length > 0 ? ['no article body found'] : [];
  removed.sort((a, b) => a.start - b.start);
  return { text: kept.map((l) => l.text).join('\n\n'), removed, meta, warnings };
}
