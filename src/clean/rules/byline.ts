// Bylines and editor lines: "By Jane Doe", "Author: Jane Doe", "Editor: Mu Xuequan". Dropped from
// the body, kept as authors and editors.
import { decide, type Rule } from './rule.js';
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

/** Both lists in one, editors first, so one loop (and one compiled path) serves both. */
const OPENINGS: readonly string[] = [...EDITOR, ...AUTHOR];

/**
 * The letters the openings start with, by ASCII code: a line that starts with none of them (in either
 * case) is no byline, and is neither counted nor lower-cased. Only ASCII letters lower-case to these.
 */
const FIRST_LETTERS = new Uint8Array(128);
for (const p of OPENINGS) FIRST_LETTERS[p.charCodeAt(0)] = FIRST_LETTERS[p.charCodeAt(0) - 32] = 1;

export const byline: Rule = (block) => {
  const text = block.text;
  const first = text.charCodeAt(0);
  if (!(first < 128 && FIRST_LETTERS[first] === 1) || text.length > 120 || wordCount(text) > 14) return null;
  const lower = text.toLowerCase();
  // An indexed loop: leaving a for-of early (the rare match) runs code TurboFan has no feedback for.
  for (let i = 0; i < OPENINGS.length; i++) {
    const p = OPENINGS[i]!;
    if (!lower.startsWith(p)) continue;
    const names = splitNames(text.slice(p.length).replace(/^\s*:?\s*/u, ''));
    if (names.length === 0) continue;
    const editors = i < EDITOR.length;
    return decide(editors ? 'editor line' : 'byline', { editors: editors ? names : undefined, authors: editors ? undefined : names });
  }
  return null;
};
