// A one-word name that is the last word of a person's full name in the same document ("Liam Fox" ...
// "said Fox", "Zenon Poznyak" ... "Poznyak") is that person again, whatever the tagger made of it
// alone (an organisation, a MISC name). Not a known place the tagger found as one ("Washington" beside
// "George Washington" in a story that names both), nor a place after "in", "at", "near" or "from" ("In
// Houston", "near Turner, Arkansas"; but "in Jordan's film"), nor an acronym ("SPD"), nor a nationality ("Afghan" after a
// person's name the tagger ran into it).
import type { Mention } from '../../core/document.js';
import { mapMentions, retyped } from './mention.js';
import { Ch, codeAt, isUpperCode, wordBefore } from './chars.js';

const LOCATIVE = new Set(['in', 'at', 'near', 'from']);

/** Is "'s" at `end` ("in Jordan's film": the person's)? */
const possessive = (text: string, end: number): boolean => codeAt(text, end) === Ch.apostrophe && codeAt(text, end + 1) === Ch.s;

/** All capitals (an acronym)? */
function allCaps(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isUpperCode(word.charCodeAt(i))) return false;
  return true;
}

/** A one-word mention of another type than person, not an acronym: one that could be a surname. */
const oneWord = (m: Mention): boolean => m.type !== 'person' && m.text.indexOf(' ') < 0 && !allCaps(m.text);

/** The last words of people's names of two words or more ("Hart" of "Ann Hart"). */
function surnames(mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) if (m.type === 'person' && m.text.indexOf(' ') > 0) out.add(m.text.slice(m.text.lastIndexOf(' ') + 1));
  return out;
}

export function surnamesOfPeople(text: string, mentions: Mention[], isPlace: (name: string) => boolean, isGroup: (name: string) => boolean = () => false): Mention[] {
  // Most documents have no candidate, or no person's name of two words: then nothing is compared.
  let candidate = false;
  for (let i = 0; i < mentions.length && !candidate; i++) candidate = oneWord(mentions[i]!);
  if (!candidate) return mentions;
  const last = surnames(mentions);
  if (!last.size) return mentions;
  const person = (m: Mention): boolean =>
    oneWord(m) && last.has(m.text) && !isGroup(m.text) && !(m.type === 'place' && (isPlace(m.text) || (LOCATIVE.has(wordBefore(text, m.start)) && !possessive(text, m.end))));
  // Most documents have none to change: no copy then.
  let any = false;
  for (let i = 0; i < mentions.length && !any; i++) any = person(mentions[i]!);
  if (!any) return mentions;
  return mapMentions(mentions, (m) => (person(m) ? retyped(m, 'person') : m));
}
