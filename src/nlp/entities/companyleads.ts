// A company's name with its suffix runs back over the capitalised word the tagger left before it:
// "Southern California" "Edison Co", "Piper" "Jaffray Inc" (a place
// or a person just before it, with one space between), or an untagged word inside a sentence after a
// lower-case word, a date's or a connective ("said on Tuesday Purdue" "Frederick Co", "And Scorpion"
// "Minerals Inc"). Not a sentence's first word, nor a label's ("Lead Underwriter" "Bear Stearns & Co
// Inc"), nor over an organisation of its own ("Fiat" "Iveco SpA") or a MISC name ("St. Louis-based").
import type { Mention } from '../../core/document.js';
import { Ch, codeAt, isLower, isUpperCode } from './chars.js';
import { mention } from './mention.js';
import { isCompanySuffix } from './organizations.js';

// Capitalised words after which a sentence's next capitalised word may start a name.
const LEADERS = new Set(('monday tuesday wednesday thursday friday saturday sunday january february march april may june july '
  + 'august september october november december and but the in at for of on by with from to as or').split(' '));

/** Does `m` name a company of two words or more by its suffix ("Edison Co", "Jaffray Inc")? */
function suffixed(m: Mention): boolean {
  if (m.type !== 'organization') return false;
  const space = m.text.lastIndexOf(' ');
  return space > 0 && isCompanySuffix(m.text.slice(space + 1));
}

/** Start of the capitalised word (a capital, then lower-case letters) that ends at `end`, or -1. */
function titleWordBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && isLower(text[i - 1])) i--;
  return i > 0 && i < end && isUpperCode(codeAt(text, i - 1)) ? i - 1 : -1;
}

/** Is `at` a sentence's first character (the text's start, a line's, or after ". ")? */
function sentenceStart(text: string, at: number): boolean {
  return at === 0 || codeAt(text, at - 1) === Ch.newline || (codeAt(text, at - 1) === Ch.space && codeAt(text, at - 2) === Ch.dot);
}

/** May the word at `w` start a name: after a lower-case word, a date's word or a connective ("on Tuesday", "And")? */
function leads(text: string, w: number): boolean {
  if (codeAt(text, w - 1) !== Ch.space) return true;
  const end = w - 1;
  let i = end;
  while (i > 0 && codeAt(text, i - 1) !== Ch.space && codeAt(text, i - 1) !== Ch.newline) i--;
  const word = text.slice(i, end);
  return word.toLowerCase() === word || LEADERS.has(word.toLowerCase());
}

export function companyLeads(text: string, mentions: Mention[]): Mention[] {
  let any = false;
  for (let i = 0; i < mentions.length && !any; i++) any = suffixed(mentions[i]!);
  if (!any) return mentions;
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (!suffixed(m) || codeAt(text, m.start - 1) !== Ch.space) {
      out.push(m);
      continue;
    }
    if (prev && prev.end === m.start - 1) {
      if (prev.type !== 'place' && prev.type !== 'person') out.push(m);
      else out[out.length - 1] = mention(text.slice(prev.start, m.end), prev.start, m.end, 'organization');
      continue;
    }
    const w = titleWordBefore(text, m.start - 1);
    const free = w >= 0 && (!prev || prev.end < w) && !sentenceStart(text, w) && !LEADERS.has(text.slice(w, m.start - 1).toLowerCase()) && leads(text, w);
    out.push(free ? mention(text.slice(w, m.end), w, m.end, 'organization') : m);
  }
  return out;
}
