// A one-word name that is the last word of a person's full name in the same document ("Liam Fox" ...
// "said Fox", "Zenon Poznyak" ... "Poznyak") is that person again, whatever the tagger made of it
// alone (an organisation, a MISC name). Not a known place the tagger found as one ("Washington" beside
// "George Washington" in a story that names both), nor a place after "in", "at", "near" or "from" ("In
// Houston", "near Turner, Arkansas"; but "in Jordan's film"), nor an acronym ("SPD").
import type { Mention } from '../../core/document.js';
import { mapMentions, retyped } from './mention.js';
import { Ch, codeAt, isUpperCode } from './chars.js';

const LOCATIVE = new Set(['in', 'at', 'near', 'from']);

/** The word before `start` (lower-cased), past one space; '' if none. */
function wordBefore(text: string, start: number): string {
  if (codeAt(text, start - 1) !== Ch.space) return '';
  let s = start - 1;
  while (s > 0 && codeAt(text, s - 1) !== Ch.space && codeAt(text, s - 1) !== Ch.newline) s--;
  return text.slice(s, start - 1).toLowerCase();
}

/** Is "'s" at `end` ("in Jordan's film": the person's)? */
const possessive = (text: string, end: number): boolean => codeAt(text, end) === Ch.apostrophe && codeAt(text, end + 1) === Ch.s;

/** All capitals (an acronym)? */
function allCaps(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isUpperCode(word.charCodeAt(i))) return false;
  return true;
}

export function surnamesOfPeople(text: string, mentions: Mention[], isPlace: (name: string) => boolean): Mention[] {
  let surnames: Set<string> | null = null;
  for (const m of mentions) {
    const space = m.type === 'person' ? m.text.lastIndexOf(' ') : -1;
    if (space < 0 || m.text.length - space < 3 || !isUpperCode(m.text.charCodeAt(space + 1))) continue;
    (surnames ??= new Set()).add(m.text.slice(space + 1));
  }
  if (!surnames) return mentions;
  const known = surnames;
  const person = (m: Mention): boolean =>
    m.type !== 'person' && known.has(m.text) && !allCaps(m.text) && !(m.type === 'place' && (isPlace(m.text) || (LOCATIVE.has(wordBefore(text, m.start)) && !possessive(text, m.end))));
  // Most documents have none to change: no copy then.
  if (!mentions.some(person)) return mentions;
  return mapMentions(mentions, (m) => (person(m) ? retyped(m, 'person') : m));
}
