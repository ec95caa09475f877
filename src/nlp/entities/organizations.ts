// Rules for organisation names the tagger cuts or runs on, in one place:
// - a company suffix after a name belongs to it ("Pirelli" "SpA", "Cofinec S.A.", "Bancshares Inc.");
// - names joined by "&" are one firm ("Douglas & Lomason", "Bear Stearns & Co Inc"), and so are a
//   partnership's pieces ("Arthur Yates and Co", "Bodman, Longely & Dahling");
// - an office between an organisation and a name ends the organisation and starts a person
//   ("Federal Reserve Governor Lawrence Lindsey" -> "Federal Reserve", "Lawrence Lindsey");
// - a name that a noun for an institution introduces once ("cables giant Pirelli", "the daily Granma",
//   "Pirelli shares", "Aberdeen manager Roy Aitken") is an organisation, not a person, wherever the
//   document names it; nor a place when the noun comes first ("mineral water firm Multico"; "Tokyo
//   shares", "Israeli newspaper" stay);
// - a name of two words or more ending in a company suffix or a word for an institution ("Kia Motor
//   Corp", "Municipal Police", "World Trade Organisation") is an organisation;
// - a name of two words or more ending in a word for a paper or a broadcaster ("Miami Herald", "Israel
//   Radio", "Hong Kong Standard") is one too, when the tagger took it for a place or a MISC name (a
//   person keeps the type: "Jim Courier", "Tomas Post");
// - so is a name the document also gives with a company suffix ("Daniels Pharmaceuticals Inc" makes
//   "Daniels Pharmaceuticals" a firm, not a person or a place), and the first word of such a name of two
//   words or more ("Kia" of "Kia Motor Corp", "Commerce" of "Commerce Bancshares Inc."), unless a
//   country or after "in"/"at" ("China" of "China National Petroleum Corp", "at Wuxi").
// - a firm whose name begins with a possessive the document never uses bare ("Boatmen's Bancshares Inc.",
//   "Moody's Investors Service") is named by that word alone elsewhere ("Boatmen's was the prize").
import type { Mention } from '../../core/document.js';
import { mapChanged, mapMentions, mention, retyped } from './mention.js';
import { Ch, codeAt, lengthBounds } from './chars.js';
import { charClass, LOWER, UPPER } from './hash.js';

const SUFFIXES = ['Inc.', 'Inc', 'Corp.', 'Corp', 'Co.', 'Co', 'Cos.', 'Ltd.', 'Ltd', 'Plc', 'plc', 'PLC', 'SpA', 'S.p.A.', 'S.A.', 'SA',
  'AG', 'N.V.', 'NV', 'B.V.', 'GmbH', 'Bros.', 'Bros', 'LLC', 'L.P.'];
const SUFFIX_SET = new Set(SUFFIXES);
/** The suffixes' first characters' codes: a word starting otherwise is none. */
const SUFFIX_FIRST = new Set(SUFFIXES.map((s) => s.charCodeAt(0)));
/** The longest suffix with a full stop after it ("S.p.A." + "."). */
const MAX_SUFFIX_WORD = lengthBounds(SUFFIXES).max + 1;
/** Is `word` a company suffix ("Inc", "Corp.", "AG")? */
export const isCompanySuffix = (word: string): boolean => SUFFIX_SET.has(word);
// Offices that, inside an organisation's mention, begin a person's title ("Council President X").
const OFFICES = new Set('president governor director ambassador speaker chairman chairwoman minister secretary spokesman spokeswoman commander envoy coach manager'.split(' '));

// Nouns that, right before a name, say it names an organisation; and words that say so right after it.
const CUES_BEFORE = new Set(('company firm group bank club side newspaper daily weekly agency airline maker manufacturer '
  + 'brokerage insurer retailer giant conglomerate publisher broadcaster subsidiary').split(' '));
// "the London daily": a place before these is where the paper comes out.
const PERIODICAL_CUES = new Set(['daily', 'weekly', 'side']);
const CUES_AFTER = new Set(['shares', 'shareholders', 'newspaper', 'daily', 'spokesman', 'spokeswoman', 'chairman', 'manager', 'coach']);
// The lengths of the cue words (a word of another length is not lower-cased to be looked up).
const CUE_BEFORE_LENGTHS = lengthBounds(CUES_BEFORE);
const CUE_AFTER_LENGTHS = lengthBounds(CUES_AFTER);

// Last words that make a name an organisation's (besides the company suffixes). Not "court", "exchange",
// "federation", "union" or "bank", which end places and indices as often ("Stadium Court", "West Bank").
const INSTITUTION_HEADS = new Set(('corporation company group holdings bancorp bancshares communications organisation organization '
  + 'council commission ministry department agency authority university college institute party club police army board bureau').split(' '));

// A letter is a code unit with case (its lower and upper case differ), a capital one its lower case
// changes: the case classes of hash.ts's table, which are exactly that for every UTF-16 code unit
// (tested), read instead of making the character's string and both its cases.
/** Is text[i] a letter (false outside the text)? */
const isLetter = (text: string, i: number): boolean => {
  const c = codeAt(text, i);
  return c >= 0 && (charClass(c) === UPPER || charClass(c) === LOWER);
};
/** Is text[i] a capital letter (false outside the text)? */
const isUpper = (text: string, i: number): boolean => {
  const c = codeAt(text, i);
  return c >= 0 && charClass(c) === UPPER;
};

/** The suffix starting at `at` (its end), or -1. A final dot that ends the sentence is left out. */
function suffixEnd(text: string, at: number): number {
  if (!SUFFIX_FIRST.has(codeAt(text, at))) return -1;
  for (const s of SUFFIXES) {
    if (!text.startsWith(s, at) || isLetter(text, at + s.length)) continue;
    const end = at + s.length;
    if (s.endsWith('.') && sentenceEndsAt(text, end)) return end - 1;
    return end;
  }
  return -1;
}

// Words before a partnership's name of three ("analyst for Kalf, Voorhis & Co"), or a label's colon
// ("L.O.: Bodman, Longely & Dahling"). Not a list ("Pens, Pencils & Markers", "- KBS, Briskind & Zojirushi").
const PARTNER_CUES = new Set(['at', 'for', 'by', 'with', 'from']);

/** Does a cue word or a label's colon come right before `start`? */
function partnerCue(text: string, start: number): boolean {
  return (codeAt(text, start - 1) === Ch.space && codeAt(text, start - 2) === Ch.colon) || PARTNER_CUES.has(wordBefore(text, start));
}

/**
 * Pieces of a partnership's name the tagger cut: "Douglas" "& Lomason", "Arthur Yates" and "Co",
 * "Bodman", "Longely & Dahling" (after a cue: one word, a comma, then two names joined by "&"; not
 * "and", which joins lists: "a deal with Facebook, Google and Twitter").
 */
function partners(text: string, last: Mention, gap: string, m: Mention): boolean {
  if (last.type !== 'organization' || m.type !== 'organization') return false;
  if (gap === ' ') return m.text.startsWith('& ');
  if (gap === ' and ') return SUFFIX_SET.has(m.text);
  if (gap !== ', ' || last.text.includes(' ') || !partnerCue(text, last.start)) return false;
  const words = m.text.split(' ');
  return words.length === 3 && words[1] === '&';
}

/** Company suffixes and "&" joins. Mentions in text order. */
export function joinCompanyNames(text: string, mentions: Mention[]): Mention[] {
  // Each step first looks for work and copies the mentions only when it finds some (few documents
  // have any): the loops that run on every document stay small, with nothing in them that runs
  // rarely, which TurboFan compiled without feedback and deoptimised at when it did run.
  return withSuffixes(text, joinPieces(text, mentions));
}

/** Is `m` a piece of the firm named by `last`, the mention before it? */
const pieceOf = (text: string, last: Mention, m: Mention): boolean => (last.type === 'organization' || m.type === 'organization') && joined(text, last, m);

/** "Douglas" "&" "Lomason", or "X" followed by a mention that is only a suffix ("Cofinec" "S.A."): one name. */
function joinPieces(text: string, mentions: Mention[]): Mention[] {
  let any = false;
  for (let i = 1; i < mentions.length && !any; i++) any = pieceOf(text, mentions[i - 1]!, mentions[i]!);
  return any ? joinedPieces(text, mentions) : mentions;
}

function joinedPieces(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (last && pieceOf(text, last, m)) out[out.length - 1] = mention(text.slice(last.start, m.end), last.start, m.end, 'organization');
    else out.push(m);
  }
  return out;
}

/** Organisations with a suffix (or "& Co") right after them that the tagger left out, and their suffix's dot settled. */
function withSuffixes(text: string, mentions: Mention[]): Mention[] {
  let i = 0;
  while (i < mentions.length && withSuffix(text, mentions, i) === mentions[i]) i++;
  return i < mentions.length ? withSuffixesFrom(text, mentions, i) : mentions;
}

/** withSuffixes' copy, from the first mention `from` that changes. */
function withSuffixesFrom(text: string, mentions: Mention[], from: number): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) out.push(i < from ? mentions[i]! : withSuffix(text, mentions, i));
  return out;
}

/** mentions[i] with the suffixes after it and its suffix's dot settled, or itself. */
function withSuffix(text: string, mentions: Mention[], i: number): Mention {
  const m = mentions[i]!;
  if (m.type !== 'organization') return m;
  // A suffix may run up to the next mention's start.
  const end = suffixesEnd(text, m.end, i + 1 < mentions.length ? mentions[i + 1]!.start : text.length);
  return suffixDot(text, end === m.end ? m : mention(text.slice(m.start, end), m.start, end, 'organization'));
}

/** The end of the suffixes (" Inc", " & Co", " Co Ltd") from `end`, no further than `limit`; `end` if none. */
function suffixesEnd(text: string, end: number, limit: number): number {
  for (;;) {
    if (codeAt(text, end) !== Ch.space) return end;
    const at = codeAt(text, end + 1) === Ch.amp && codeAt(text, end + 2) === Ch.space ? end + 3 : end + 1;
    const e = suffixEnd(text, at);
    if (e < 0 || e > limit) return end;
    end = e;
  }
}

/** Gaps joinCompanyNames joins across: " ", ", ", " & ", " and ". */
const MIN_JOIN_GAP = 1;
const MAX_JOIN_GAP = 5;

/** Is `m` a piece of the firm `last` names (after " & ", a suffix, a partner's name)? */
function joined(text: string, last: Mention, m: Mention): boolean {
  // Other gaps are cut out of the text only to be compared.
  const length = m.start - last.end;
  if (length < MIN_JOIN_GAP || length > MAX_JOIN_GAP) return false;
  const gap = text.slice(last.end, m.start);
  return gap === ' & ' || (gap === ' ' && SUFFIX_SET.has(m.text)) || (gap === ' ' && allSuffixes(m.text)) || partners(text, last, gap, m);
}

/** Is every word of the name a company suffix ("Co Ltd")? */
function allSuffixes(name: string): boolean {
  for (const w of name.split(' ')) if (!SUFFIX_SET.has(w)) return false;
  return true;
}

/** Does a sentence end right after `at` (the text's or line's end, or a space before a quote or a capital)? */
function sentenceEndsAt(text: string, at: number): boolean {
  const next = codeAt(text, at);
  return next === -1 || next === Ch.newline || (next === Ch.space && (codeAt(text, at + 1) === Ch.quote || isUpper(text, at + 1)));
}

/** A suffix's dot belongs to the firm inside a sentence ("Co., a bank"), not at its end ("& Co. \"We ..."). */
function suffixDot(text: string, m: Mention): Mention {
  const space = m.text.lastIndexOf(' ');
  // Only a last word that may be a suffix is cut out.
  if (space < 0 || m.text.length - space - 1 > MAX_SUFFIX_WORD || !SUFFIX_FIRST.has(m.text.charCodeAt(space + 1))) return m;
  const last = m.text.slice(space + 1);
  if (last.endsWith('.') && SUFFIX_SET.has(last.slice(0, -1)) && sentenceEndsAt(text, m.end)) return mention(m.text.slice(0, -1), m.start, m.end - 1, m.type);
  if (codeAt(text, m.end) === Ch.dot && SUFFIX_SET.has(last + '.') && !sentenceEndsAt(text, m.end + 1)) return mention(m.text + '.', m.start, m.end + 1, m.type);
  return m;
}

/** "Security Council President Tono Eitel": the organisation, then the person after the office. */
export function splitOfficeHolders(text: string, mentions: Mention[]): Mention[] {
  // Most documents have no office inside an organisation's name: no copy then.
  let any = false;
  for (let i = 0; i < mentions.length && !any; i++) any = mentions[i]!.type === 'organization' && holdsOffice(text, mentions[i]!);
  if (!any) return mentions;
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== 'organization' || !holdsOffice(text, m)) {
      out.push(m);
      continue;
    }
    // Words with their offsets.
    const words: { s: number; e: number }[] = [];
    for (let i = m.start; i < m.end; ) {
      while (i < m.end && codeAt(text, i) === Ch.space) i++;
      let j = i;
      while (j < m.end && codeAt(text, j) !== Ch.space) j++;
      if (j > i) words.push({ s: i, e: j });
      i = j;
    }
    let k = 1;
    while (k < words.length - 1 && !OFFICES.has(text.slice(words[k]!.s, words[k]!.e).toLowerCase())) k++;
    if (k >= words.length - 1) {
      out.push(m);
      continue;
    }
    // The person: capitalised words after the office, up to the first lower-case one.
    const first = k + 1;
    let last = first;
    while (last < words.length && isUpper(text, words[last]!.s)) last++;
    if (last === first) {
      out.push(m);
      continue;
    }
    const org = { start: m.start, end: words[k - 1]!.e };
    const per = { start: words[first]!.s, end: words[last - 1]!.e };
    out.push(mention(text.slice(org.start, org.end), org.start, org.end, 'organization'));
    out.push(mention(text.slice(per.start, per.end), per.start, per.end, 'person'));
    // "... of Germany": a capitalised rest after "of" is a place.
    if (last + 1 < words.length && text.slice(words[last]!.s, words[last]!.e) === 'of' && isUpper(text, words[last + 1]!.s)) {
      const place = { start: words[last + 1]!.s, end: m.end };
      out.push(mention(text.slice(place.start, place.end), place.start, place.end, 'place'));
    }
  }
  return out;
}

const OFFICE_LENGTHS = lengthBounds(OFFICES);

/** Is a word of the mention between its first and its last one of OFFICES? */
function holdsOffice(text: string, m: Mention): boolean {
  // The words as splitOfficeHolders cuts them (at spaces), the first and the last left out.
  let i = m.start;
  while (i < m.end && codeAt(text, i) === Ch.space) i++;
  while (i < m.end && codeAt(text, i) !== Ch.space) i++;
  for (;;) {
    while (i < m.end && codeAt(text, i) === Ch.space) i++;
    let j = i;
    while (j < m.end && codeAt(text, j) !== Ch.space) j++;
    // A word followed by another only.
    let next = j;
    while (next < m.end && codeAt(text, next) === Ch.space) next++;
    if (j === i || next === m.end) return false;
    if (j - i >= OFFICE_LENGTHS.min && j - i <= OFFICE_LENGTHS.max && OFFICES.has(text.slice(i, j).toLowerCase())) return true;
    i = j;
  }
}

/**
 * The word ending at `end` (lower-cased), skipping spaces; '' if none, or if it is shorter than `min`
 * or longer than `max` letters (it is only looked up among words of such lengths, ASCII all of them:
 * lower-casing never shortens a word).
 */
function wordBefore(text: string, end: number, min = 0, max = Infinity): string {
  let e = end;
  while (e > 0 && codeAt(text, e - 1) === Ch.space) e--;
  let s = e;
  // No further than one letter past `max`.
  while (s > 0 && e - s <= max && isLetter(text, s - 1)) s--;
  return e - s < min || e - s > max ? '' : text.slice(s, e).toLowerCase();
}

/** The word starting at `start` (lower-cased), skipping spaces; '' if none, or shorter than `min` or longer than `max` letters. */
function wordAfter(text: string, start: number, min = 0, max = Infinity): string {
  let s = start;
  while (codeAt(text, s) === Ch.space) s++;
  let e = s;
  while (e < text.length && e - s <= max && isLetter(text, e)) e++;
  return e - s < min || e - s > max ? '' : text.slice(s, e).toLowerCase();
}

/** Names an institution noun introduces somewhere are organisations, not people (nor places, when the
 * noun comes before them), everywhere in the document. */
export function cuedOrganizations(text: string, mentions: Mention[]): Mention[] {
  const cued = new Set<string>(); // not people
  const placeCued = new Set<string>(); // not places either
  for (const m of mentions) {
    const before = wordBefore(text, m.start, CUE_BEFORE_LENGTHS.min, CUE_BEFORE_LENGTHS.max);
    if (CUES_BEFORE.has(before) || CUES_AFTER.has(wordAfter(text, m.end, CUE_AFTER_LENGTHS.min, CUE_AFTER_LENGTHS.max))) cued.add(m.text);
    if (CUES_BEFORE.has(before) && !PERIODICAL_CUES.has(before)) placeCued.add(m.text);
  }
  if (!cued.size) return mentions;
  return mapChanged(mentions, (m) => ((m.type === 'person' && cued.has(m.text)) || (m.type === 'place' && placeCued.has(m.text)) ? retyped(m, 'organization') : m));
}

/** The name without its company suffixes ("Mercantile Bancorp Inc." -> "Mercantile Bancorp"), or null. */
function withoutSuffix(name: string): string | null {
  // Most names do not end in a suffix: they are not split.
  const space = name.lastIndexOf(' ');
  if (space < 0 || !SUFFIX_FIRST.has(name.charCodeAt(space + 1)) || !SUFFIX_SET.has(name.slice(space + 1))) return null;
  const words = name.split(' ');
  let n = words.length;
  while (n > 1 && SUFFIX_SET.has(words[n - 1]!)) n--;
  return n < words.length ? words.slice(0, n).join(' ') : null;
}

/** People or places named like an organisation the document gives with a company suffix (or like its
 * first word) are that firm. */
export function suffixedOrganizations(text: string, mentions: Mention[], isCountry: (name: string) => boolean): Mention[] {
  const firms = new Set<string>();
  const firstWords = new Set<string>();
  for (const m of mentions) {
    const base = m.type === 'organization' ? withoutSuffix(m.text) : null;
    if (!base) continue;
    firms.add(base);
    const space = base.indexOf(' ');
    if (space > 0) firstWords.add(base.slice(0, space));
  }
  if (!firms.size) return mentions;
  const firm = (m: Mention): boolean => {
    if (firms.has(m.text)) return true;
    if (!firstWords.has(m.text) || isCountry(m.text)) return false;
    const before = wordBefore(text, m.start);
    return before !== 'in' && before !== 'at';
  };
  return mapChanged(mentions, (m) => ((m.type === 'person' || m.type === 'place') && firm(m) ? retyped(m, 'organization') : m));
}

// Last words of a paper's or a broadcaster's name (not "Star" or "Sun", names of much else).
const MEDIA_HEADS = new Set(('herald radio times post standard journal telegraph tribune gazette news television tv chronicle observer '
  + 'guardian express daily magazine weekly monitor mirror globe bulletin dispatch inquirer').split(' '));

/** Names of two words or more that end in a company suffix or an institution word are organisations,
 * and so are places and MISC names that end in a paper's or a broadcaster's word. */
export function headedOrganizations(mentions: Mention[]): Mention[] {
  return mapChanged(mentions, (m) => {
    if (m.type === 'organization') return m;
    const space = m.text.lastIndexOf(' ');
    if (space < 0) return m;
    const last = m.text.slice(space + 1);
    const lower = last.toLowerCase();
    const media = m.type !== 'person' && MEDIA_HEADS.has(lower);
    return SUFFIX_SET.has(last) || INSTITUTION_HEADS.has(lower) || media ? retyped(m, 'organization') : m;
  });
}

const POSSESSIVE_WORD = /^\p{Lu}\p{L}+['’]s$/u;

/** Does the document name `bare` without a possessive ending ("Magna" beside "Magna's")? Then "Magna's" is a possessive. */
function namedBare(text: string, bare: string): boolean {
  for (let s = text.indexOf(bare); s >= 0; s = text.indexOf(bare, s + 1)) {
    const after = codeAt(text, s + bare.length);
    if (!isLetter(text, s - 1) && !isLetter(text, s + bare.length) && after !== Ch.apostrophe && after !== Ch.rightQuote) return true;
  }
  return false;
}

/** The word ending at `end` right before a space, when it is a possessive name ("Boatmen's"); '' if not. */
function possessiveBefore(text: string, start: number): string {
  if (codeAt(text, start - 1) !== Ch.space || codeAt(text, start - 2) !== Ch.s || (codeAt(text, start - 3) !== Ch.apostrophe && codeAt(text, start - 3) !== Ch.rightQuote)) return '';
  let s = start - 1;
  while (s > 0 && codeAt(text, s - 1) !== Ch.space && codeAt(text, s - 1) !== Ch.newline) s--;
  const word = text.slice(s, start - 1);
  return POSSESSIVE_WORD.test(word) ? word : '';
}

/**
 * A firm whose name begins with a possessive word that the document never uses bare ("Boatmen's
 * Bancshares Inc.", never "Boatmen"): the tagger's "Bancshares Inc." takes the word back, and the word
 * alone elsewhere ("Boatmen's was the prize") is the firm, replacing what was found in it.
 */
export function possessiveFirms(text: string, mentions: Mention[], isPlace: (name: string) => boolean): Mention[] {
  const words = new Set<string>();
  let out = mapChanged(mentions, (m) => {
    const word = m.type === 'organization' ? possessiveBefore(text, m.start) : '';
    if (!word || withoutSuffix(m.text) === null) return m;
    const start = m.start - word.length - 1;
    // "Austria's Immuno International AG", "Rupert Murdoch's News Corp Ltd": a name of its own, not the firm's.
    const bare = word.slice(0, -2);
    if (isPlace(bare) || namedBare(text, bare) || mentions.some((o) => o.start < start && o.end > start)) return m;
    return mention(text.slice(start, m.end), start, m.end, m.type);
  });
  // What the tagger found in a word taken back ("Boatmen" typed place) goes.
  const grown = out === mentions ? [] : out.filter((m, i) => m !== mentions[i]);
  if (grown.length) out = out.filter((m) => !grown.some((g) => g !== m && g.start <= m.start && m.end <= g.end));
  for (const m of out) {
    const space = m.type === 'organization' ? m.text.indexOf(' ') : -1;
    if (space < 3 || codeAt(m.text, space - 1) !== Ch.s) continue;
    const first = m.text.slice(0, space);
    if (POSSESSIVE_WORD.test(first) && !isPlace(first.slice(0, -2)) && !namedBare(text, first.slice(0, -2))) words.add(first);
  }
  for (const word of words) {
    for (let s = text.indexOf(word); s >= 0; s = text.indexOf(word, s + 1)) {
      const e = s + word.length;
      if (isLetter(text, s - 1) || isLetter(text, e)) continue;
      // A longer name holding the word stays ("Boatmen's Bancshares Inc.").
      if (out.some((m) => m.start <= s && m.end >= e && m.end - m.start > word.length)) continue;
      out = out.filter((m) => m.end <= s || m.start >= e);
      out.push(mention(word, s, e, 'organization'));
    }
  }
  // Unchanged, the mentions are in text order already (each rule before keeps them so).
  return out === mentions ? out : out.sort((a, b) => a.start - b.start);
}
