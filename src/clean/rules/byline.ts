// Bylines and editor lines: "By Jane Doe", "Author: Jane Doe", "Editor: Mu Xuequan". Dropped from
// the body, kept as authors and editors.
import type { Rule } from './rule.js';
import { wordCount } from './shape.js';

const EDITOR = ['editor:', 'editor :', 'edited by ', 'editing by ', 'editor '];
const AUTHOR = ['by ', 'by:', 'author:', 'authors:', 'written by ', 'posted by ', 'story by ', 'words by ', 'reporting by '];

/** Names out of "Jane Doe and John Roe, Reuters" / "Jane Doe | March 3, 2024": at most four, each short. */
export function splitNames(s: string): string[] {
  const cut = s.split(/[|•·]/u)[0]!;
  return cut
    .split(/,|\band\b|&/u)
    .map((n) => n.trim())
    .filter((n) => n.length > 1 && n.length <= 60 && wordCount(n) <= 5 && /^\p{Lu}/u.test(n) && !/[0-9]/u.test(n))
    .slice(0, 4);
}

export const byline: Rule = (block) => {
  const text = block.text;
  if (text.length > 120 || wordCount(text) > 14) return null;
  const lower = text.toLowerCase();
  for (const p of EDITOR) {
    if (lower.startsWith(p)) {
      const names = splitNames(text.slice(p.length).replace(/^\s*:?\s*/u, ''));
      if (names.length) return { drop: 'editor line', meta: { editors: names } };
    }
  }
  for (const p of AUTHOR) {
    if (lower.startsWith(p)) {
      const names = splitNames(text.slice(p.length).replace(/^\s*:?\s*/u, ''));
      if (names.length) return { drop: 'byline', meta: { authors: names } };
    }
  }
  return null;
};
