// In a ranked results line ("3. Bobby Rahal (U.S.), Reynard Mercedes-Benz, 54.507", "2. Lance
// Armstrong (U.S.) Motorola 2 seconds behind") the name right after the competitor's bracketed country
// is their team or make: an organisation, not a person. Not a name followed by a bracket of its own,
// nor one after a second bracket ("1. Donovan Bailey (Canada), Michael Johnson (U.S.), Frankie": a
// relay's runners).
import type { Mention } from '../../core/document.js';
import { mapMentions, retyped } from './mention.js';
import { charAt, Ch, codeAt, isDigit } from './chars.js';

/** Does the line holding `at` begin with a rank ("12. ") and hold one bracket only before `at`? */
function rankedLine(text: string, at: number): boolean {
  let s = at;
  let brackets = 0;
  while (s > 0 && codeAt(text, s - 1) !== Ch.newline) if (codeAt(text, --s) === Ch.open) brackets++;
  let i = s;
  while (i < s + 2 && isDigit(charAt(text, i))) i++;
  return brackets === 1 && i > s && codeAt(text, i) === Ch.dot && codeAt(text, i + 1) === Ch.space;
}

/** Is the mention right after a closing bracket (") " or "), ") and not followed by a bracket of its own? */
function afterBracket(text: string, m: Mention): boolean {
  if (codeAt(text, m.start - 1) !== Ch.space) return false;
  const c = codeAt(text, m.start - 2);
  const closed = c === Ch.close || (c === Ch.comma && codeAt(text, m.start - 3) === Ch.close);
  return closed && !(codeAt(text, m.end) === Ch.space && codeAt(text, m.end + 1) === Ch.open);
}

const isTeam = (text: string, m: Mention): boolean => m.type === 'person' && afterBracket(text, m) && rankedLine(text, m.start);

export function rankedTeams(text: string, mentions: Mention[]): Mention[] {
  // Most documents have none: no copy then.
  let any = false;
  for (let i = 0; i < mentions.length && !any; i++) any = isTeam(text, mentions[i]!);
  if (!any) return mentions;
  return mapMentions(mentions, (m) => (isTeam(text, m) ? retyped(m, 'organization') : m));
}
