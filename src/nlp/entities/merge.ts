// Merge a document's mentions into canonical entities. Mentions are one entity when:
// - they are the same name (case, possessive and "al-" particles aside);
// - a person's name is the tail of a longer one ("Talabani" / "Jalal Talabani", "Waeli" / "Shirvan al-Waeli"),
//   or a single first name that starts only one full name ("Saddam" / "Saddam Hussein");
// - one is written in brackets right after the other ("Mujahideen Khalq Organization (MKO)") or follows
//   "also/formerly known as" it;
// - one is the acronym of the other ("UN" / "United Nations").
// The canonical name is the first full form (or a longer one ending with it); titles right before a person ("President", "Dr.") become
// its role; salience weighs frequency, first position and lead mentions.
import type { Entity, Mention, TextSpan } from '../../core/document.js';
import { isRegexSpace } from '../../core/words.js';
import { Ch, codeAt, isUpperCode } from './chars.js';
import { findRole } from './roles.js';

const SMALL_WORDS = new Set(['of', 'the', 'for', 'and', 'de', 'la', 'le', 'du', 'des', 'del', 'e', 'in', 'on', 'y', '&']);

/** Words of a name, lower-cased, without possessive endings and Arabic article particles. */
export function nameWords(name: string): string[] {
  // Loops with push rather than filter().map(): map() gives a holey array once TurboFan has inlined
  // it and a packed one before, and the readers of the words were deoptimised by the change of kind.
  // The words are cut by character codes, not by regular expressions (it runs on every mention):
  // the same words as name.toLowerCase().replace(/[’']s?$/u, '').split(/\s+/u) without the empty
  // ones, each without a leading particle (/^(?:al|el|ad|ash|as|at|an|ar|az)-/u).
  const lower = name.toLowerCase();
  const words: string[] = [];
  const end = lower.length - possessiveLength(lower);
  for (let i = 0; i < end; ) {
    while (i < end && isRegexSpace(lower.charCodeAt(i))) i++;
    if (i === end) break;
    let j = i + 1;
    while (j < end && !isRegexSpace(lower.charCodeAt(j))) j++;
    words.push(withoutParticle(lower.slice(i, j)));
    i = j;
  }
  return words;
}

/** The length of the possessive ending /[’']s?$/u matches at the end of `s` ("'s", "’s", "'", "’"), or 0. */
function possessiveLength(s: string): number {
  const n = s.length;
  const last = codeAt(s, n - 1);
  if (last === Ch.s && (codeAt(s, n - 2) === Ch.apostrophe || codeAt(s, n - 2) === Ch.rightQuote)) return 2;
  return last === Ch.apostrophe || last === Ch.rightQuote ? 1 : 0;
}

const PARTICLES = new Set(['al', 'el', 'ad', 'ash', 'as', 'at', 'an', 'ar', 'az']);

/** The word without a leading particle and its hyphen ("al-maliki" -> "maliki"). */
function withoutParticle(w: string): string {
  const dash = w.indexOf('-');
  return (dash === 2 || dash === 3) && PARTICLES.has(w.slice(0, dash)) ? w.slice(dash + 1) : w;
}

/**
 * nameWords(name).join(' '), the key mentions of one name share; `counts[i]` gets the number of words.
 * Most names are lower-cased already what the key is (words one space apart, no particle, no
 * possessive): then no word is cut out and joined again.
 */
function nameKey(name: string, counts: Int32Array, i: number): string {
  const lower = name.toLowerCase();
  const end = lower.length - possessiveLength(lower);
  let count = 0;
  let wordStart = -1;
  let regular = true;
  for (let k = 0; k < end && regular; k++) {
    const c = lower.charCodeAt(k);
    if (c === Ch.space) {
      regular = wordStart >= 0;
      wordStart = -1;
    } else if (isRegexSpace(c)) regular = false;
    else if (wordStart < 0) {
      wordStart = k;
      count++;
    } else if (c === Ch.dash && (k - wordStart === 2 || k - wordStart === 3)) regular = !PARTICLES.has(lower.slice(wordStart, k));
  }
  if (regular && (wordStart >= 0 || count === 0)) {
    counts[i] = count;
    return end === lower.length ? lower : lower.slice(0, end);
  }
  const words = nameWords(name);
  counts[i] = words.length;
  return words.join(' ');
}

/** Is name[s, e) one of SMALL_WORDS (whatever its case)? None is longer than three characters. */
function smallWord(name: string, s: number, e: number): boolean {
  return e - s <= 3 && SMALL_WORDS.has(name.slice(s, e).toLowerCase());
}

/**
 * The capitals a name abbreviates to: "Mojahedin-e-Khalq Organization" -> "MKO", "United Nations" -> "UN".
 * The first letters of the words that are no small words (without a possessive ending), and again
 * with a hyphenated word's parts as words. Read in place, without splitting the name.
 */
function initials(name: string): string[] {
  const end = name.length - possessiveLength(name);
  let plain = '';
  let hyphened = '';
  for (let i = 0; i < end; ) {
    while (i < end && isRegexSpace(name.charCodeAt(i))) i++;
    if (i === end) break;
    let j = i + 1;
    while (j < end && !isRegexSpace(name.charCodeAt(j))) j++;
    if (!smallWord(name, i, j)) {
      plain += name[i]!;
      for (let p = i; ; ) {
        let q = name.indexOf('-', p);
        if (q < 0 || q > j) q = j;
        if (q > p && !smallWord(name, p, q)) hyphened += name[p]!;
        if (q === j) break;
        p = q + 1;
      }
    }
    i = j;
  }
  const a = plain.toUpperCase();
  const b = hyphened.toUpperCase();
  return a === b ? [a] : [a, b];
}

const ACRONYM_LETTERS = /^[\p{Lu}.&]{2,10}$/u;

/** Capitals (and "&"), 2 to 10 of them besides dots, 12 characters at most ("UN", "U.S.", "AT&T"). */
function isAcronym(s: string): boolean {
  if (s.length < 2 || s.length > 12) return false;
  // ASCII is decided here (it runs on every name); the regular expression takes the rest.
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return ACRONYM_LETTERS.test(s.replace(/\./g, ''));
    if (c !== Ch.dot) {
      if (!isUpperCode(c) && c !== Ch.amp) return false;
      letters++;
    }
  }
  return letters >= 2 && letters <= 10;
}

/** Does `s` hold a white-space character (split(/\s+/u) gives two pieces or more)? */
function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isRegexSpace(s.charCodeAt(i))) return true;
  return false;
}

/** Is the short form the acronym of the long one? */
export function abbreviates(short: string, long: string): boolean {
  if (!isAcronym(short) || !hasSpace(long)) return false;
  const letters = short.replace(/[.&]/g, '').toUpperCase();
  return initials(long).includes(letters);
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

const ALIAS_CUE = /^[\s,(]*(?:(?:also|formerly|better|previously|otherwise)\s+)?(?:known|referred\s+to)\s+as\s+(?:the\s+)?$/iu;
const BRACKET_GAP = /^\s*[(]$/u;
/** The shortest gap ALIAS_CUE takes ("known as "). */
const MIN_CUE = 9;

/**
 * Pairs of mentions the text itself says are one thing: "X (Y)" where one abbreviates the other or
 * both are of one type and one is an acronym, and "X, also known as Y".
 */
function statedAliases(text: string, mentions: readonly Mention[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (b.start - a.end > 40 || b.start <= a.end) continue;
    // A bracket's gap ends with "(", a cue's with a space: most gaps are neither, and are not cut out.
    const last = text.charCodeAt(b.start - 1);
    if (last === Ch.open) {
      if (!BRACKET_GAP.test(text.slice(a.end, b.start)) || codeAt(text, b.end) !== Ch.close) continue;
      const short = abbreviates(b.text, a.text) || abbreviates(a.text, b.text);
      if (short || (a.type === b.type && (isAcronym(a.text) || isAcronym(b.text)))) pairs.push([i, i + 1]);
    } else if (isRegexSpace(last) && b.start - a.end >= MIN_CUE && ALIAS_CUE.test(text.slice(a.end, b.start))) pairs.push([i, i + 1]);
  }
  return pairs;
}

function majorityType(mentions: readonly Mention[], members: readonly number[]): string {
  if (members.length === 1) return mentions[members[0]!]!.type;
  const count = new Map<string, number>();
  for (const m of members) count.set(mentions[m]!.type, (count.get(mentions[m]!.type) ?? 0) + 1);
  let best = mentions[members[0]!]!.type;
  for (const [t, n] of count) if (n > count.get(best)!) best = t;
  return best;
}

/** Is `s` the same in capitals (no lower-case letter)? Decided without a copy when `s` is ASCII. */
function inCapitals(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return s === s.toUpperCase();
    if (c >= Ch.a && c <= Ch.z) return false;
  }
  return true;
}

/** The name without a possessive "'s" (/[’']s$/u; a bare apostrophe stays). */
function withoutPossessive(name: string): string {
  return possessiveLength(name) === 2 ? name.slice(0, name.length - 2) : name;
}

/**
 * The canonical form: the first name of several words (the one a report introduces, "Mujahideen Khalq
 * Organization" rather than the later "also known as" name), or a longer form that ends with it
 * ("Nuri al-Maliki" for "al-Maliki"); with single words only, the longest. No possessive ending, and
 * not in capitals when the text also writes the name in mixed case. `keys` and `counts` are the
 * forms' nameKey and word counts.
 */
function canonicalName(forms: readonly string[], keys: readonly string[], counts: readonly number[]): string {
  let b = -1;
  for (let k = 0; k < forms.length && b < 0; k++) if (counts[k]! >= 2 && !isAcronym(forms[k]!)) b = k;
  if (b < 0) {
    b = 0;
    for (let k = 1; k < forms.length; k++) if (forms[k]!.length > forms[b]!.length) b = k;
  } else {
    // Longer forms whose last words are the first form's words (the keys join words by one space).
    const tail = ' ' + keys[b]!;
    for (let k = 0; k < forms.length; k++) if (counts[k]! > counts[b]! && keys[k]!.endsWith(tail)) b = k;
  }
  let best = forms[b]!;
  // A headline or dateline in capitals ("BAGHDAD") gives way to the same name as the text writes it.
  if (inCapitals(best)) {
    const lower = best.toLowerCase();
    for (const f of forms) {
      if (f !== best && f.toLowerCase() === lower) {
        best = f;
        break;
      }
    }
  }
  return withoutPossessive(best);
}

/** 0..1: frequency, how early the entity comes, and whether it is in the lead (first ~300 characters). */
function salience(spans: readonly TextSpan[], maxMentions: number, textLength: number): number {
  const first = spans[0]!.start;
  const freq = Math.log1p(spans.length) / Math.log1p(Math.max(1, maxMentions));
  const early = 1 - first / Math.max(1, textLength);
  const lead = first < Math.min(300, textLength * 0.2 + 1) ? 1 : 0;
  return Math.round((0.5 * freq + 0.3 * early + 0.2 * lead) * 1000) / 1000;
}

// buildEntities runs in small phases (one function each): TurboFan compiled it as one large function
// hundreds of times heavier than its parts, and every deoptimisation recompiled all of it.

/** The mentions by position (a longer one first at the same start), in a packed array of their own. */
function sortedMentions(mentions: readonly Mention[]): Mention[] {
  const ms: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) ms.push(mentions[i]!);
  return ms.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Each mention's nameKey and number of words. */
interface NameKeys {
  keys: string[];
  counts: Int32Array;
}

function nameKeys(ms: readonly Mention[]): NameKeys {
  const keys: string[] = [];
  const counts = new Int32Array(ms.length);
  for (let i = 0; i < ms.length; i++) keys.push(nameKey(ms[i]!.text, counts, i));
  return { keys, counts };
}

/** Joins mentions of one name and type; returns each name's first mention (its form), in order. */
function unionSameNames(ms: readonly Mention[], keys: readonly string[], uf: UnionFind): number[] {
  // One map of names per type: no key string made of the type and the name.
  const byType = new Map<string, Map<string, number>>();
  const forms: number[] = [];
  for (let i = 0; i < ms.length; i++) {
    let byName = byType.get(ms[i]!.type);
    if (byName === undefined) byType.set(ms[i]!.type, (byName = new Map<string, number>()));
    const j = byName.get(keys[i]!);
    if (j === undefined) {
      byName.set(keys[i]!, i);
      forms.push(i);
    } else uf.union(i, j);
  }
  return forms;
}

/** Indexes of the forms' initials and of persons' name tails and first names. */
interface NameIndexes {
  byInitials: Map<string, number>;
  byTail: Map<string, number>;
  /** First word of a person's full name -> form, or -1 if several. */
  byFirst: Map<string, number>;
}

/**
 * The indexes; initials only of names of a type some acronym has (`acronym[i]`: is form i one?), the
 * only ones looked up.
 */
function nameIndexes(ms: readonly Mention[], { keys, counts }: NameKeys, forms: readonly number[], acronym: Uint8Array): NameIndexes {
  const acronymTypes = new Set<string>();
  for (const i of forms) if (acronym[i]) acronymTypes.add(ms[i]!.type);
  const byInitials = new Map<string, number>();
  const byTail = new Map<string, number>();
  const byFirst = new Map<string, number>();
  for (const i of forms) {
    const m = ms[i]!;
    if (counts[i]! >= 2 && acronymTypes.has(m.type)) {
      for (const ini of initials(m.text)) if (!byInitials.has(`${m.type}\u0000${ini}`)) byInitials.set(`${m.type}\u0000${ini}`, i);
    }
    if (m.type === 'person' && counts[i]! >= 2) {
      // The key's words are one space apart: its first word, and each tail after a space.
      const key = keys[i]!;
      let space = key.indexOf(' ');
      const first = key.slice(0, space);
      byFirst.set(first, byFirst.has(first) && byFirst.get(first) !== i ? -1 : i);
      for (; space >= 0; space = key.indexOf(' ', space + 1)) {
        const tail = key.slice(space + 1);
        if (!byTail.has(tail)) byTail.set(tail, i);
      }
    }
  }
  return { byInitials, byTail, byFirst };
}

/** Acronyms of longer names of the same type, and tails of persons' longer names, through the indexes
 * (so a long document costs no pairwise comparisons). */
function unionAcronymsAndTails(ms: readonly Mention[], names: NameKeys, forms: readonly number[], uf: UnionFind): void {
  const acronym = new Uint8Array(ms.length);
  for (const i of forms) acronym[i] = isAcronym(ms[i]!.text) ? 1 : 0;
  const { byInitials, byTail, byFirst } = nameIndexes(ms, names, forms, acronym);
  for (const i of forms) {
    const m = ms[i]!;
    if (acronym[i]) {
      const j = byInitials.get(`${m.type}\u0000${m.text.replace(/[.&]/g, '').toUpperCase()}`);
      if (j !== undefined) uf.union(i, j);
    }
    if (m.type === 'person') {
      const j = byTail.get(names.keys[i]!);
      if (j !== undefined) uf.union(i, j);
      // "Saddam" for "Saddam Hussein", when only one full name starts so.
      const f = names.counts[i] === 1 ? byFirst.get(names.keys[i]!) : undefined;
      if (j === undefined && f !== undefined && f >= 0) uf.union(i, f);
    }
  }
}

/** Each group's members, groups in order of first mention. */
function groupsInOrder(uf: UnionFind, n: number): number[][] {
  // Group of each root (roots are mention indexes), -1 until seen.
  const groupOf = new Int32Array(n).fill(-1);
  const groups: number[][] = [];
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    let g = groupOf[r]!;
    if (g < 0) {
      g = groups.length;
      groupOf[r] = g;
      groups.push([]);
    }
    groups[g]!.push(i);
  }
  return groups;
}

function textSpan(text: string, start: number, end: number): TextSpan {
  return { text, start, end };
}

/** The first title before any of a person's mentions, or undefined. */
function roleOf(text: string, spans: readonly TextSpan[]): string | undefined {
  for (const s of spans) {
    const role = findRole(text, s.start);
    if (role !== null) return role || undefined;
  }
  return undefined;
}

/** The entity of one group of mentions. */
function entityOf(ms: readonly Mention[], names: NameKeys, members: readonly number[], id: string, maxMentions: number, text: string): Entity {
  const type = majorityType(ms, members);
  const spans: TextSpan[] = [];
  // The distinct surface forms in order, with their keys and word counts.
  const surface: string[] = [];
  const keys: string[] = [];
  const counts: number[] = [];
  for (const i of members) {
    const m = ms[i]!;
    spans.push(textSpan(m.text, m.start, m.end));
    if (!surface.includes(m.text)) {
      surface.push(m.text);
      keys.push(names.keys[i]!);
      counts.push(names.counts[i]!);
    }
  }
  const name = canonicalName(surface, keys, counts);
  const aliases: string[] = [];
  for (const s of surface) if (s !== name) aliases.push(s);
  // Every entity has every field (role undefined when there is none, which JSON leaves out): one
  // object shape for the code that reads entities.
  const role = type === 'person' && text ? roleOf(text, spans) : undefined;
  const salient = salience(spans, maxMentions, text.length || spans[spans.length - 1]!.end);
  return { id, name, type, mentions: spans, aliases, role, salience: salient };
}

/** Canonical entities of a document's mentions (sorted by position); ids E1.. in order of first mention. */
export function buildEntities(mentions: readonly Mention[], text = ''): Entity[] {
  const n = mentions.length;
  if (n === 0) return [];
  const ms = sortedMentions(mentions);
  const uf = new UnionFind(n);
  const names = nameKeys(ms);
  const forms = unionSameNames(ms, names.keys, uf);
  for (const [a, b] of statedAliases(text, ms)) uf.union(a, b);
  unionAcronymsAndTails(ms, names, forms, uf);
  const groups = groupsInOrder(uf, n);
  let maxMentions = 1;
  for (const g of groups) if (g.length > maxMentions) maxMentions = g.length;
  const out: Entity[] = [];
  for (const g of groups) out.push(entityOf(ms, names, g, `E${out.length + 1}`, maxMentions, text));
  return out;
}
