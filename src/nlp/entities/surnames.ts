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

/** Does a person's name of two words or more end with the word ("Ann Hart" for "Hart")? `lastLength`
 * holds each name's last word's length, so that only names with a last word as long are compared. */
function endsAName(people: readonly Mention[], lastLength: Int32Array, word: string): boolean {
  for (let i = 0; i < people.length; i++) if (lastLength[i] === word.length && people[i]!.text.endsWith(word)) return true;
  return false;
}

export function surnamesOfPeople(text: string, mentions: Mention[], isPlace: (name: string) => boolean, isGroup: (name: string) => boolean = () => false): Mention[] {
  // Most documents have no candidate, or no person's name of two words: then nothing is compared.
  if (!mentions.some(oneWord)) return mentions;
  const people = mentions.filter((m) => m.type === 'person' && m.text.indexOf(' ') > 0);
  if (!people.length) return mentions;
  const lastLength = Int32Array.from(people, (p) => p.text.length - p.text.lastIndexOf(' ') - 1);
  const person = (m: Mention): boolean =>
    oneWord(m) && endsAName(people, lastLength, m.text) && !isGroup(m.text) && !(m.type === 'place' && (isPlace(m.text) || (LOCATIVE.has(wordBefore(text, m.start)) && !possessive(text, m.end))));
  // Most documents have none to change: no copy then.
  if (!mentions.some(person)) return mentions;
  return mapMentions(mentions, (m) => (person(m) ? retyped(m, 'person') : m));
}
