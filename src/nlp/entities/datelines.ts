// A news dateline ("CINCINNATI 1996-08-31", "THE HAGUE 1996-08-30", "ARLINGTON, Texas 1996-08-31")
// names where the story was filed: a place, whatever the tagger made of the capitals (they look like a
// headline's team or firm). Not a name with an organisation's word in it ("UNITED NATIONS 1996-08-29":
// stories filed at the UN).
import type { Mention } from '../../core/document.js';
import { mapMentions, retyped } from './mention.js';
import { charAt, Ch, codeAt, isDigit } from './chars.js';

const ORG_WORDS = new Set('nations union council agency bank court university headquarters parliament congress'.split(' '));

/** Is a date ("1996-08-31") right after the space at `at`, then the line's end? */
function dateEndsLine(text: string, at: number): boolean {
  if (codeAt(text, at) !== Ch.space || codeAt(text, at + 5) !== Ch.dash || codeAt(text, at + 8) !== Ch.dash) return false;
  for (let i = 1; i <= 10; i++) if (i !== 5 && i !== 8 && !isDigit(charAt(text, at + i))) return false;
  const c = codeAt(text, at + 11);
  return c === -1 || c === Ch.newline;
}

/** Is the mention a dateline's place: its line's start, then the date or a comma, or after that comma and before the date? */
function datelineName(text: string, m: Mention): boolean {
  const lineStart = m.start === 0 || codeAt(text, m.start - 1) === Ch.newline;
  if (lineStart) {
    if (dateEndsLine(text, m.end)) return true;
    if (codeAt(text, m.end) !== Ch.comma) return false;
    const nl = text.indexOf('\n', m.end);
    const end = nl < 0 ? text.length : nl;
    return end - m.end < 60 && end >= 11 && dateEndsLine(text, end - 11);
  }
  if (codeAt(text, m.start - 2) !== Ch.comma || codeAt(text, m.start - 1) !== Ch.space || !dateEndsLine(text, m.end)) return false;
  // The name before the comma must begin the line.
  const nl = text.lastIndexOf('\n', m.start - 1);
  return m.start - nl < 60;
}

const misplaced = (text: string, m: Mention): boolean =>
  m.type !== 'place' && datelineName(text, m) && !m.text.toLowerCase().split(' ').some((w) => ORG_WORDS.has(w));

export function datelinePlaces(text: string, mentions: Mention[]): Mention[] {
  // Most documents have none to change: no copy then.
  let any = false;
  for (let i = 0; i < mentions.length && !any; i++) any = misplaced(text, mentions[i]!);
  if (!any) return mentions;
  return mapMentions(mentions, (m) => (misplaced(text, m) ? retyped(m, 'place') : m));
}
