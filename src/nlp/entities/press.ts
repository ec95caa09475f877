// In a press review ("PRESS DIGEST - Indonesia - Aug 30."), a name that makes a line of its own is the
// title of the newspaper quoted below it ("JAKARTA POST", "REPUBLIKA"): an organisation, not a place or
// a person. Countries keep their type ("IRAQ" heading a country's section).
import type { Mention } from '../../core/document.js';
import { Ch, codeAt } from './chars.js';
import { mapMentions, retyped } from './mention.js';

const REVIEW_WORDS = ['press digest', 'press review'];

/** Is the first line of the text a press review's headline? */
function pressReview(text: string): boolean {
  let end = text.indexOf('\n');
  if (end < 0) end = text.length;
  const head = text.slice(0, Math.min(end, 200)).toLowerCase();
  return REVIEW_WORDS.some((w) => head.includes(w));
}

const lineBreak = (c: number): boolean => c === -1 || c === Ch.newline;

export function pressTitles(text: string, mentions: Mention[], isCountry: (name: string) => boolean): Mention[] {
  if (!pressReview(text)) return mentions;
  return mapMentions(mentions, (m) =>
    m.type !== 'organization' && lineBreak(codeAt(text, m.start - 1)) && lineBreak(codeAt(text, m.end)) && !isCountry(m.text) ? retyped(m, 'organization') : m,
  );
}
