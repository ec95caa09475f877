// Rules after the tagger, for what news text needs and the training data cannot teach:
// - a name whose head says "place" is a place ("Camp Ashraf", "Green Zone", "Diyala Province");
// - "the United Nations and Baghdad" is two names when either side is found on its own elsewhere;
// - text glued by a scraper ("mko3Iraqi") is no name, nor is text without a letter ("1860"), nor a
//   month's name alone ("Jul 31" in a table, "for Nov 15 - Dec 10"), nor a unit's, an officer's
//   title's or an economic measure's abbreviation ("220 KV", "CEO", "VAT");
// - "PMOI (People’s Mujahedeen Organization of Iran)": the bracket spells the acronym out, so it is one
//   name of the acronym's type; the same the other way round ("National League for Democracy (NLD)",
//   whose "for" the tagger may have broken the name at);
// - "US", "UK" alone are countries;
// - an acronym has one type in a document (the type most of its mentions have);
// - a person's name and a particle name right after it are one name ("Shirvan" "al-Waeli");
// - in a results line a club's letter code in brackets is part of its name ("Mladost (BJ) 0");
// - a date word the tagger ran a name into is not part of it ("Chicago Purchasing Managers August",
//   "Jose Miguel Insulza Monday"); months other than "May" (a surname too) after any name but an event's
//   ("Million Man March"), weekdays after a person's or an organisation's of two words or more
//   ("Sheffield Wednesday" is a club);
// - "St. Louis-based Mercantile Bancorp Inc." is two names: where the firm is based (MISC, like
//   "Iraqi") and the firm;
// - last, "Dinamo of Russia" is a club and its country (clubs.ts), a dateline names a place
//   (datelines.ts), "Ministry" "of Finance" is one name (institutions.ts), and so are two people's names
//   side by side (people.ts); in a list of players with their clubs, a bracket after a name is a club
//   (clubbrackets.ts); a place before "police", "radio", "team" ... is a place (placenouns.ts); a
//   person's surname alone is that person (surnames.ts); "The Times" keeps its capitalised "The"
//   (newspapers.ts).
import type { Mention } from '../../core/document.js';
import { mapMentions, mention } from './mention.js';
import { charAt, Ch, codeAt, isDigit, isLower, isUpperCode, lengthBounds } from './chars.js';
import { bracketedClubs } from './clubbrackets.js';
import { companyLeads } from './companyleads.js';
import { clubsOfCountries } from './clubs.js';
import { datelinePlaces } from './datelines.js';
import { institutionsOf } from './institutions.js';
import { joinAdjacentPeople } from './people.js';
import { placesBeforeNouns } from './placenouns.js';
import { surnamesOfPeople } from './surnames.js';
import { abbreviates } from './merge.js';
import { numberedPlayers } from './lineups.js';
import { cuedOrganizations, headedOrganizations, joinCompanyNames, possessiveFirms, splitOfficeHolders, suffixedOrganizations } from './organizations.js';
import { newspaperArticles } from './newspapers.js';
import { pressTitles } from './press.js';
import { rankedTeams } from './ranked.js';
import { nicknamedTeams, scheduleVenues, scoredTeams } from './teams.js';

const PLACE_FIRST = new Set(['camp', 'fort', 'mount', 'mt.', 'lake', 'cape', 'port', 'gulf']);
const PLACE_LAST = new Set(
  'zone province provinces region valley river square street avenue island islands mountains desert sea ocean district governorate peninsula strait bay airport base border crossing'.split(' '),
);
const MAX_PLACE_FIRST = lengthBounds(PLACE_FIRST).max;
const MAX_PLACE_LAST = lengthBounds(PLACE_LAST).max;
const GLUED = /^\p{Ll}+\d/u;
const LETTER = /\p{L}/u;
const COUNTRY_ABBREVIATIONS = new Set(['US', 'U.S.', 'USA', 'U.S.A.', 'UK', 'U.K.', 'UAE', 'U.A.E.']);
const ACRONYM = /^[\p{Lu}.&]{2,12}$/u;

/** Is the text an acronym's (2 to 12 capitals, dots or "&": ACRONYM)? ASCII is decided without the regular expression. */
function acronymShaped(text: string): boolean {
  if (text.length < 2) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return ACRONYM.test(text);
    if (!isUpperCode(c) && c !== Ch.dot && c !== Ch.amp) return false;
  }
  return text.length <= 12;
}

/** Does the name of two words or more begin or end with a place's word ("Camp Ashraf", "Green Zone")? */
function placeHead(text: string): boolean {
  // Only the first and the last word are lower-cased, and only when one could be such a word.
  const first = text.indexOf(' ');
  if (first < 0) return false;
  const last = text.lastIndexOf(' ');
  if (first <= MAX_PLACE_FIRST && PLACE_FIRST.has(text.slice(0, first).toLowerCase())) return true;
  return text.length - last - 1 <= MAX_PLACE_LAST && PLACE_LAST.has(text.slice(last + 1).toLowerCase());
}

/** Split "X and Y" when X or Y is a mention of its own elsewhere in the document. */
function splitCoordination(mentions: Mention[]): Mention[] {
  // Most documents have no " and " in a name: no map of the names then.
  let any = false;
  for (let i = 0; i < mentions.length && !any; i++) any = mentions[i]!.text.includes(' and ');
  if (!any) return mentions;
  const seen = new Map<string, string>();
  for (const m of mentions) if (!m.text.includes(' and ')) seen.set(m.text, m.type);
  const out: Mention[] = [];
  for (const m of mentions) {
    const at = m.text.indexOf(' and ');
    if (at < 0) {
      out.push(m);
      continue;
    }
    const left = m.text.slice(0, at);
    const right = m.text.slice(at + 5);
    if (!seen.has(left) && !seen.has(right)) {
      out.push(m);
      continue;
    }
    const rs = m.start + at + 5;
    out.push(mention(left, m.start, m.start + at, seen.get(left) ?? m.type));
    out.push(mention(right, rs, m.end, seen.get(right) ?? m.type));
  }
  return out;
}

/** "ACR (Spelled Out Name)": one mention for the bracket, replacing what was found inside it. */
function spelledOutAcronyms(text: string, mentions: Mention[]): Mention[] {
  let out = mentions;
  for (const a of mentions) {
    if (!acronymShaped(a.text)) continue;
    let i = a.end;
    while (codeAt(text, i) === Ch.space) i++;
    if (codeAt(text, i) !== Ch.open) continue;
    const close = text.indexOf(')', i);
    if (close < 0 || close - i > 100) continue;
    const start = i + 1;
    const inner = text.slice(start, close);
    if (inner.trim() !== inner || !abbreviates(a.text, inner)) continue;
    out = out.filter((m) => m.end <= start || m.start >= close);
    out.push(mention(inner, start, close, a.type));
  }
  // Unchanged, the mentions are in text order already.
  return out === mentions ? out : out.sort((x, y) => x.start - y.start);
}

const NAME_WORD = /^(?:\p{Lu}|\d)/u;
const LINKING_WORDS = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'de', 'la', 'le', 'du', 'des', 'del', '&']);
const MAX_SPELLED_WORDS = 12;

/**
 * Start of the name that the bracketed acronym after it spells out ("State Law and Order Restoration
 * Council (SLORC)"): the words right before `end`, capitalised or linking words, the first capitalised;
 * -1 if none abbreviates to it.
 */
function spelledOutStart(text: string, end: number, acronym: string): number {
  let wordEnd = end;
  for (let n = 0; n < MAX_SPELLED_WORDS; n++) {
    let wordStart = wordEnd;
    while (wordStart > 0 && codeAt(text, wordStart - 1) !== Ch.space && codeAt(text, wordStart - 1) !== Ch.newline) wordStart--;
    const word = text.slice(wordStart, wordEnd);
    const linking = LINKING_WORDS.has(word.toLowerCase());
    if (!word || (!NAME_WORD.test(word) && !linking)) return -1;
    if (!linking && abbreviates(acronym, text.slice(wordStart, end))) return wordStart;
    if (codeAt(text, wordStart - 1) !== Ch.space) return -1;
    wordEnd = wordStart - 1;
  }
  return -1;
}

/** "Long Name (ACR)": the long name is one mention of the acronym's type, replacing what was found in it. */
function spelledOutNames(text: string, mentions: Mention[]): Mention[] {
  let out = mentions;
  for (const a of mentions) {
    if (codeAt(text, a.start - 1) !== Ch.open || codeAt(text, a.end) !== Ch.close || codeAt(text, a.start - 2) !== Ch.space || !acronymShaped(a.text)) continue;
    const end = a.start - 2;
    const start = spelledOutStart(text, end, a.text);
    if (start < 0 || out.some((m) => m.start === start && m.end === end)) continue;
    out = out.filter((m) => m.end <= start || m.start >= end);
    out.push(mention(text.slice(start, end), start, end, a.type));
  }
  return out === mentions ? out : out.sort((x, y) => x.start - y.start);
}

const PARTICLE_NAME = /^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|bint|de|da|di|du|van|von|der|le|la)[-\s’']\p{Lu}/u;

/** "Shirvan" + "al-Waeli": a person's name followed, after one space, by a particle name is one name. */
function joinParticleNames(text: string, mentions: Mention[]): Mention[] {
  // Most documents have none: no copy then.
  let any = false;
  for (let i = 1; i < mentions.length && !any; i++) any = particleAfter(text, mentions[i - 1]!, mentions[i]!);
  if (!any) return mentions;
  const out: Mention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (last && particleAfter(text, last, m)) out[out.length - 1] = mention(text.slice(last.start, m.end), last.start, m.end, 'person');
    else out.push(m);
  }
  return out;
}

/** Is `m` a particle name one space after the person's name `last`? */
function particleAfter(text: string, last: Mention, m: Mention): boolean {
  return last.type === 'person' && m.start === last.end + 1 && codeAt(text, last.end) === Ch.space && PARTICLE_NAME.test(m.text);
}

/** One acronym, one type in a document: "MKO" tagged a place once among organizations is one too. */
function consistentAcronyms(mentions: Mention[]): void {
  const types = new Map<string, Map<string, number>>();
  let mixed = false;
  for (const m of mentions) {
    if (!acronymShaped(m.text) || m.text.includes('.')) continue;
    const t = types.get(m.text) ?? new Map<string, number>();
    t.set(m.type, (t.get(m.type) ?? 0) + 1);
    types.set(m.text, t);
    if (t.size >= 2) mixed = true;
  }
  // Most documents give each acronym one type: nothing to change then.
  if (!mixed) return;
  for (const m of mentions) {
    const t = types.get(m.text);
    if (!t || t.size < 2) continue;
    const [best, n] = [...t].sort((a, b) => b[1] - a[1])[0]!;
    if (n >= 2 * (t.get(m.type) ?? 0)) m.type = best;
  }
}

/**
 * End of " (BJ)" after a name at `at` (where the name ends, before any space) when a score, a dash or
 * the line's end follows the bracket; -1 otherwise.
 */
function clubCodeEnd(text: string, at: number): number {
  if (codeAt(text, at) !== Ch.space || codeAt(text, at + 1) !== Ch.open) return -1;
  let i = at + 2;
  while (i < at + 4 && isUpperCode(codeAt(text, i))) i++;
  if (i === at + 2 || codeAt(text, i) !== Ch.close) return -1;
  const after = codeAt(text, i + 1);
  if (after === -1 || after === Ch.newline || (after === Ch.space && (isDigit(charAt(text, i + 2)) || codeAt(text, i + 2) === Ch.dash))) return i + 1;
  return -1;
}

/** End of the club's code in brackets after the mention ("Mladost| (BJ)"), or -1. */
function clubCodeAfter(text: string, m: Mention): number {
  // The tagger may have taken the bracket in part ("Buducnost (").
  let base = m.end;
  while (base > m.start && (codeAt(text, base - 1) === Ch.open || codeAt(text, base - 1) === Ch.space)) base--;
  return base > m.start ? clubCodeEnd(text, base) : -1;
}

/** "Mladost (BJ) 0": the bracketed letters are part of the club's name; what was found in them goes. */
function clubCodes(text: string, mentions: Mention[]): Mention[] {
  // Most documents have none: no copy then.
  let any = false;
  for (let i = 0; i < mentions.length && !any; i++) any = clubCodeAfter(text, mentions[i]!) >= 0;
  if (!any) return mentions;
  const out: Mention[] = [];
  let skipUntil = -1;
  for (const m of mentions) {
    if (m.start < skipUntil) continue;
    const end = clubCodeAfter(text, m);
    if (end < 0) {
      out.push(m);
      continue;
    }
    out.push(mention(text.slice(m.start, end), m.start, end, 'organization'));
    skipUntil = end;
  }
  return out;
}

const MONTHS = new Set('january february march april june july august september october november december'.split(' '));
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
/** The lengths of the date words withoutDateWord drops (4, "June", to 9, "September", "Wednesday"). */
const DATE_WORD_LENGTHS = lengthBounds(MONTHS, WEEKDAYS);

// Abbreviated months as a table or a shipping note writes them ("Jul 31", "Nov 15 - Dec 10").
const MONTH_ABBREVIATIONS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

/** The mention's text lower-cased, without an abbreviation's closing dot ("Dec." -> "dec"). */
const bareLower = (m: Mention): string => (m.text.endsWith('.') ? m.text.slice(0, -1) : m.text).toLowerCase();

// Abbreviations news text capitalises that name no one: units ("220 KV lines", "1,200 MW"), officers'
// titles ("president and CEO"), economic measures ("PPI (pct) June", "remove VAT"). CoNLL tags none of them.
const NOT_NAMES = new Set('kv kw mw gw kwh mwh ceo cfo coo cto vat gdp gnp ppi eps'.split(' '));

/** The longest text dateOrUnit may hold ("September.": a word and its dot). */
const MAX_DATE_OR_UNIT = lengthBounds(MONTHS, MONTH_ABBREVIATIONS, NOT_NAMES).max + 1;

/**
 * Is the mention a month's name and nothing else ("Jul", "Dec.", "August"; a date, never a name: "May"
 * can be a surname), or a unit's, an officer's title's or an economic measure's abbreviation ("MW",
 * "CEO", "VAT")? Longer mentions are none of them, without lower-casing them.
 */
function dateOrUnit(m: Mention): boolean {
  if (m.text.length > MAX_DATE_OR_UNIT) return false;
  const word = bareLower(m);
  return MONTHS.has(word) || MONTH_ABBREVIATIONS.has(word) || NOT_NAMES.has(word);
}

/** Is the text glued by a scraper ("mko3Iraqi": lower-case letters, then a digit)? */
function glued(text: string): boolean {
  // An ASCII first character other than a-z cannot begin it (most names begin with a capital).
  const c = text.charCodeAt(0);
  return c < 128 ? c >= Ch.a && c <= Ch.z && GLUED.test(text) : GLUED.test(text);
}

/** Does the text hold a letter? Most begin with an ASCII one. */
function hasLetter(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  return (c >= Ch.a && c <= Ch.z) || LETTER.test(text);
}

/** Is the mention a name at all (not glued text, a number, a month's name or a unit)? */
const isName = (m: Mention): boolean => !glued(m.text) && hasLetter(m.text) && !dateOrUnit(m);

/** Is s[from, to) all lower-case letters a-z, and not empty? */
function lowerWord(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isLower(s[i])) return false;
  return to > from;
}

/**
 * An organisation's name ends with a capitalised word: a lower-case word the tagger ran it into is
 * the sentence's ("the CGT union", "the French GAN team", "France ONIC said"). The name without it,
 * or the mention itself.
 */
function withoutLowerTail(m: Mention): Mention {
  if (m.type !== 'organization' || !isUpperCode(codeAt(m.text, 0))) return m;
  let end = m.text.length;
  for (;;) {
    const space = m.text.lastIndexOf(' ', end - 1);
    if (space <= 0 || !lowerWord(m.text, space + 1, end)) break;
    end = space;
  }
  return end === m.text.length ? m : mention(m.text.slice(0, end), m.start, m.start + end, m.type);
}

/** The mention without a trailing date word, or the mention itself. */
function withoutDateWord(m: Mention): Mention {
  const space = m.text.lastIndexOf(' ');
  const length = m.text.length - space - 1;
  if (space <= 0 || length < DATE_WORD_LENGTHS.min || length > DATE_WORD_LENGTHS.max) return m;
  const last = m.text.slice(space + 1).toLowerCase();
  // A weekday after a person's name, or after an organisation's of two words or more ("the Securities
  // and Exchange Commission Wednesday approved"); "Sheffield Wednesday" is a club's whole name.
  const weekday = WEEKDAYS.has(last) && (m.type === 'person' || (m.type === 'organization' && m.text.lastIndexOf(' ', space - 1) > 0));
  const drop = (MONTHS.has(last) && m.type !== 'misc') || weekday;
  return drop ? mention(m.text.slice(0, space), m.start, m.start + space, m.type) : m;
}

const BASED = '-based ';

/** "St. Louis-based Mercantile Bancorp": the "X-based" part and the name after it, as two mentions. */
function splitBased(mentions: Mention[]): Mention[] {
  let any = false;
  for (let i = 0; i < mentions.length && !any; i++) any = mentions[i]!.text.includes(BASED);
  if (!any) return mentions;
  const out: Mention[] = [];
  for (const m of mentions) {
    const at = m.text.indexOf(BASED);
    if (at <= 0 || at + BASED.length >= m.text.length) {
      out.push(m);
      continue;
    }
    const cut = m.start + at + BASED.length - 1;
    out.push(mention(m.text.slice(0, at + BASED.length - 1), m.start, cut, 'misc'));
    out.push(mention(m.text.slice(at + BASED.length), cut + 1, m.end, m.type));
  }
  return out;
}

/** What the gazetteer says of a whole name. */
export interface KnownNames {
  isCountry(name: string): boolean;
  /** A country, city or region. */
  isPlace(name: string): boolean;
  /** A nationality or a religious group ("Afghan", "Shiite"). */
  isGroup(name: string): boolean;
}
const NO_NAMES: KnownNames = { isCountry: () => false, isPlace: () => false, isGroup: () => false };

/** A rule over a document's mentions that returns them refined. */
type Refiner = (text: string, mentions: Mention[], names: KnownNames) => Mention[];

// The rules that need what the gazetteer knows, in the form REFINERS calls (named functions, not
// closures made at each call).
const possessiveFirmsOf: Refiner = (text, mentions, names) => possessiveFirms(text, mentions, names.isPlace);
const suffixedOrganizationsOf: Refiner = (text, mentions, names) => suffixedOrganizations(text, mentions, names.isCountry);
const scoredTeamsOf: Refiner = (text, mentions, names) => scoredTeams(text, mentions, names.isCountry);
const nicknamedTeamsOf: Refiner = (text, mentions, names) => nicknamedTeams(text, mentions, names.isPlace, names.isCountry);
const pressTitlesOf: Refiner = (text, mentions, names) => pressTitles(text, mentions, names.isCountry);
const clubsOfCountriesOf: Refiner = (_, mentions, names) => clubsOfCountries(mentions, names.isCountry);
const placesBeforeNounsOf: Refiner = (text, mentions, names) => placesBeforeNouns(text, mentions, names.isPlace);
const surnamesOfPeopleOf: Refiner = (text, mentions, names) => surnamesOfPeople(text, mentions, names.isPlace, names.isGroup);
const headedOrganizationsOf: Refiner = (_, mentions) => headedOrganizations(mentions);
const splitBasedOf: Refiner = (_, mentions) => splitBased(mentions);
const splitCoordinationOf: Refiner = (_, mentions) => splitCoordination(mentions);

// The rules in the order they run, each on what the one before returned: names are split and joined
// first, then organisations, teams, players and press titles are typed.
const REFINERS: readonly Refiner[] = [
  spelledOutAcronyms,
  spelledOutNames,
  splitCoordinationOf,
  joinParticleNames,
  splitBasedOf,
  clubCodes,
  joinCompanyNames,
  possessiveFirmsOf,
  splitOfficeHolders,
  cuedOrganizations,
  headedOrganizationsOf,
  suffixedOrganizationsOf,
  companyLeads,
  scoredTeamsOf,
  nicknamedTeamsOf,
  scheduleVenues,
  numberedPlayers,
  rankedTeams,
  pressTitlesOf,
  newspaperArticles,
  clubsOfCountriesOf,
  institutionsOf,
  datelinePlaces,
  joinAdjacentPeople,
  bracketedClubs,
  placesBeforeNounsOf,
  surnamesOfPeopleOf,
];

export function refineMentions(text: string, mentions: Mention[], names: KnownNames = NO_NAMES): Mention[] {
  const kept: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (isName(m)) kept.push(withoutLowerTail(withoutDateWord(m)));
  }
  for (const m of kept) {
    if ((m.type === 'organization' || m.type === 'misc') && placeHead(m.text)) m.type = 'place';
    if (COUNTRY_ABBREVIATIONS.has(m.text)) m.type = 'place';
  }
  consistentAcronyms(kept);
  let refined = kept;
  for (let i = 0; i < REFINERS.length; i++) refined = REFINERS[i]!(text, refined, names);
  return refined;
}
