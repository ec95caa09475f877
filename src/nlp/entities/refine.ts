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
import { charAt, Ch, codeAt, isDigit, isLower, isUpperCode } from './chars.js';
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
const GLUED = /^\p{Ll}+\d/u;
const LETTER = /\p{L}/u;
const COUNTRY_ABBREVIATIONS = new Set(['US', 'U.S.', 'USA', 'U.S.A.', 'UK', 'U.K.', 'UAE', 'U.A.E.']);
const ACRONYM = /^[\p{Lu}.&]{2,12}$/u;

function placeHead(text: string): boolean {
  const words = text.toLowerCase().split(' ');
  return words.length >= 2 && (PLACE_FIRST.has(words[0]!) || PLACE_LAST.has(words[words.length - 1]!));
}

/** Split "X and Y" when X or Y is a mention of its own elsewhere in the document. */
function splitCoordination(mentions: Mention[]): Mention[] {
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
    if (!ACRONYM.test(a.text)) continue;
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
  return out.sort((x, y) => x.start - y.start);
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
    if (!ACRONYM.test(a.text) || codeAt(text, a.start - 1) !== Ch.open || codeAt(text, a.end) !== Ch.close || codeAt(text, a.start - 2) !== Ch.space) continue;
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
  const out: Mention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (last && last.type === 'person' && m.start === last.end + 1 && codeAt(text, last.end) === Ch.space && PARTICLE_NAME.test(m.text)) {
      out[out.length - 1] = mention(text.slice(last.start, m.end), last.start, m.end, 'person');
    } else out.push(m);
  }
  return out;
}

/** One acronym, one type in a document: "MKO" tagged a place once among organizations is one too. */
function consistentAcronyms(mentions: Mention[]): void {
  const types = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    if (!ACRONYM.test(m.text) || m.text.includes('.')) continue;
    const t = types.get(m.text) ?? new Map<string, number>();
    t.set(m.type, (t.get(m.type) ?? 0) + 1);
    types.set(m.text, t);
  }
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

/** "Mladost (BJ) 0": the bracketed letters are part of the club's name; what was found in them goes. */
function clubCodes(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  let skipUntil = -1;
  for (const m of mentions) {
    if (m.start < skipUntil) continue;
    // The tagger may have taken the bracket in part ("Buducnost (").
    let base = m.end;
    while (base > m.start && (codeAt(text, base - 1) === Ch.open || codeAt(text, base - 1) === Ch.space)) base--;
    const end = base > m.start ? clubCodeEnd(text, base) : -1;
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

// Abbreviated months as a table or a shipping note writes them ("Jul 31", "Nov 15 - Dec 10").
const MONTH_ABBREVIATIONS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

/** The mention's text lower-cased, without an abbreviation's closing dot ("Dec." -> "dec"). */
const bareLower = (m: Mention): string => (m.text.endsWith('.') ? m.text.slice(0, -1) : m.text).toLowerCase();

/** Is the mention a month's name and nothing else ("Jul", "Dec.", "August")? A date, never a name ("May" can be a surname). */
function monthAlone(m: Mention): boolean {
  const word = bareLower(m);
  return MONTHS.has(word) || MONTH_ABBREVIATIONS.has(word);
}

// Abbreviations news text capitalises that name no one: units ("220 KV lines", "1,200 MW"), officers'
// titles ("president and CEO"), economic measures ("PPI (pct) June", "remove VAT"). CoNLL tags none of them.
const NOT_NAMES = new Set('kv kw mw gw kwh mwh ceo cfo coo cto vat gdp gnp ppi eps'.split(' '));

/** Is the mention a unit, an officer's title or an economic measure's abbreviation ("MW", "CEO", "VAT")? */
function commonAbbreviation(m: Mention): boolean {
  return NOT_NAMES.has(bareLower(m));
}

/** Is `word` all lower-case letters a-z? */
function lowerWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isLower(word[i])) return false;
  return word.length > 0;
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
    if (space <= 0 || !lowerWord(m.text.slice(space + 1, end))) break;
    end = space;
  }
  return end === m.text.length ? m : mention(m.text.slice(0, end), m.start, m.start + end, m.type);
}

/** The mention without a trailing date word, or the mention itself. */
function withoutDateWord(m: Mention): Mention {
  const space = m.text.lastIndexOf(' ');
  if (space <= 0) return m;
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
  if (!mentions.some((m) => m.text.includes(BASED))) return mentions;
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

// The rules in the order they run, each on what the one before returned: names are split and joined
// first, then organisations, teams, players and press titles are typed.
const REFINERS: readonly Refiner[] = [
  spelledOutAcronyms,
  spelledOutNames,
  (_, mentions) => splitCoordination(mentions),
  joinParticleNames,
  (_, mentions) => splitBased(mentions),
  clubCodes,
  joinCompanyNames,
  (text, mentions, names) => possessiveFirms(text, mentions, names.isPlace),
  splitOfficeHolders,
  cuedOrganizations,
  (_, mentions) => headedOrganizations(mentions),
  (text, mentions, names) => suffixedOrganizations(text, mentions, names.isCountry),
  companyLeads,
  (text, mentions, names) => scoredTeams(text, mentions, names.isCountry),
  (text, mentions, names) => nicknamedTeams(text, mentions, names.isPlace, names.isCountry),
  scheduleVenues,
  numberedPlayers,
  rankedTeams,
  (text, mentions, names) => pressTitles(text, mentions, names.isCountry),
  newspaperArticles,
  (_, mentions, names) => clubsOfCountries(mentions, names.isCountry),
  institutionsOf,
  datelinePlaces,
  joinAdjacentPeople,
  bracketedClubs,
  (text, mentions, names) => placesBeforeNouns(text, mentions, names.isPlace),
  (text, mentions, names) => surnamesOfPeople(text, mentions, names.isPlace, names.isGroup),
];

export function refineMentions(text: string, mentions: Mention[], names: KnownNames = NO_NAMES): Mention[] {
  const kept = mapMentions(
    mentions.filter((m) => !GLUED.test(m.text) && LETTER.test(m.text) && !monthAlone(m) && !commonAbbreviation(m)),
    (m) => withoutLowerTail(withoutDateWord(m)),
  );
  for (const m of kept) {
    if ((m.type === 'organization' || m.type === 'misc') && placeHead(m.text)) m.type = 'place';
    if (COUNTRY_ABBREVIATIONS.has(m.text)) m.type = 'place';
  }
  consistentAcronyms(kept);
  return REFINERS.reduce((refined, rule) => rule(text, refined, names), kept);
}
