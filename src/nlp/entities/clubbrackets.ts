// In a list of players with their clubs in brackets ("Jacek Dembinski (Widzew Lodz), Marek Citko
// (Widzew)"), a bracket right after a player's name that the tagger took for a person's name is the
// club too: an organisation. Only where the document has at least two such brackets already typed
// organisations, so that a name completed in brackets in prose ("Saddam (Hussein)") stays a person.
import type { Mention } from '../../core/document.js';
import { mapMentions, retyped } from './mention.js';
import { Ch, codeAt } from './chars.js';

const MIN_CLUBS = 2;

/** Does mentions[i] fill a bracket right after a person's name ("Name (X)", the bracket maybe on the next line)? */
function bracketAfterPerson(text: string, mentions: Mention[], i: number): boolean {
  const m = mentions[i]!;
  const prev = mentions[i - 1];
  if (!prev || prev.type !== 'person' || codeAt(text, m.start - 1) !== Ch.open || codeAt(text, m.end) !== Ch.close) return false;
  const gap = codeAt(text, m.start - 2);
  return prev.end === m.start - 2 && (gap === Ch.space || gap === Ch.newline);
}

export function bracketedClubs(text: string, mentions: Mention[]): Mention[] {
  let clubs = 0;
  let people = 0;
  for (let i = 1; i < mentions.length; i++) {
    if (!bracketAfterPerson(text, mentions, i)) continue;
    if (mentions[i]!.type === 'organization') clubs++;
    else if (mentions[i]!.type === 'person') people++;
  }
  // Most documents have none to change: no copy then.
  if (clubs < MIN_CLUBS || !people) return mentions;
  const out = mapMentions(mentions, (m) => m);
  for (let i = 1; i < mentions.length; i++) {
    if (mentions[i]!.type === 'person' && bracketAfterPerson(text, mentions, i)) out[i] = retyped(mentions[i]!, 'organization');
  }
  return out;
}
