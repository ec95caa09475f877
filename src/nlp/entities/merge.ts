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
import { charAt, Ch, codeAt } from './chars.js';
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

/** The capitals a name abbreviates to: "Mojahedin-e-Khalq Organization" -> "MKO", "United Nations" -> "UN". */
function initials(name: string): string[] {
  let plain = '';
  let hyphened = '';
  for (const w of name.slice(0, name.length - possessiveLength(name)).split(/\s+/u)) {
    if (SMALL_WORDS.has(w.toLowerCase())) continue;
    plain += charAt(w, 0) ?? '';
    for (const p of w.split('-')) if (!SMALL_WORDS.has(p.toLowerCase())) hyphened += charAt(p, 0) ?? '';
  }
  const a = plain.toUpperCase();
  const b = hyphened.toUpperCase();
  return a === b ? [a] : [a, b];
}

function isAcronym(s: string): boolean {
  return /^[\p{Lu}.&]{2,10}$/u.test(s.replace(/\./g, '')) && s.length <= 12;
}

/** Is the short form the acronym of the long one? */
export function abbreviates(short: string, long: string): boolean {
  if (!isAcronym(short) || long.split(/\s+/u).length < 2) return false;
  const letters = short.replace(/[.&]/g, '').toUpperCase();
  return initials(long).includes(letters);
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
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

/**
 * Pairs of mentions the text itself says are one thing: "X (Y)" where one abbreviates the other or
 * both are of one type and one is an acronym, and "X, also known as Y".
 */
function statedAliases(text: string, mentions: readonly Mention[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (b.start - a.end > 40) continue;
    const gap = text.slice(a.end, b.start);
    if (BRACKET_GAP.test(gap) && codeAt(text, b.end) === Ch.close) {
      const short = abbreviates(b.text, a.text) || abbreviates(a.text, b.text);
      if (short || (a.type === b.type && (isAcronym(a.text) || isAcronym(b.text)))) pairs.push([i, i + 1]);
    } else if (ALIAS_CUE.test(gap)) pairs.push([i, i + 1]);
  }
  return pairs;
}

function majorityType(mentions: readonly Mention[], members: readonly number[]): string {
  const count = new Map<string, number>();
  for (const m of members) count.set(mentions[m]!.type, (count.get(mentions[m]!.type) ?? 0) + 1);
  let best = mentions[members[0]!]!.type;
  for (const [t, n] of count) if (n > count.get(best)!) best = t;
  return best;
}

/**
 * The canonical form: the first name of several words (the one a report introduces, "Mujahideen Khalq
 * Organization" rather than the later "also known as" name), or a longer form that ends with it
 * ("Nuri al-Maliki" for "al-Maliki"); with single words only, the longest. No possessive ending, and
 * not in capitals when the text also writes the name in mixed case.
 */
function canonicalName(forms: string[]): string {
  const wordsOf = (f: string) => nameWords(f);
  let best = forms.find((f) => wordsOf(f).length >= 2 && !isAcronym(f));
  if (best === undefined) {
    best = forms[0]!;
    for (const f of forms) if (f.length > best.length) best = f;
  } else {
    const base = wordsOf(best);
    for (const f of forms) {
      const w = wordsOf(f);
      if (w.length > wordsOf(best).length && base.every((x, i) => x === w[w.length - base.length + i])) best = f;
    }
  }
  // A headline or dateline in capitals ("BAGHDAD") gives way to the same name as the text writes it.
  const chosen = best;
  if (chosen === chosen.toUpperCase()) best = forms.find((f) => f !== chosen && f.toLowerCase() === chosen.toLowerCase()) ?? chosen;
  return best.replace(/[’']s$/u, '');
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

/** Joins mentions of one name and type; returns each name's first mention (its form), in order. */
function unionSameNames(ms: readonly Mention[], words: readonly string[][], uf: UnionFind): number[] {
  const byName = new Map<string, number>();
  const forms: number[] = [];
  for (let i = 0; i < ms.length; i++) {
    const key = `${ms[i]!.type}\u0000${words[i]!.join(' ')}`;
    const j = byName.get(key);
    if (j === undefined) {
      byName.set(key, i);
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

function nameIndexes(ms: readonly Mention[], words: readonly string[][], forms: readonly number[]): NameIndexes {
  const byInitials = new Map<string, number>();
  const byTail = new Map<string, number>();
  const byFirst = new Map<string, number>();
  for (const i of forms) {
    const m = ms[i]!;
    const w = words[i]!;
    if (w.length >= 2) for (const ini of initials(m.text)) if (!byInitials.has(`${m.type}\u0000${ini}`)) byInitials.set(`${m.type}\u0000${ini}`, i);
    if (m.type === 'person') {
      if (w.length >= 2) byFirst.set(w[0]!, byFirst.has(w[0]!) && byFirst.get(w[0]!) !== i ? -1 : i);
      for (let k = 1; k < w.length; k++) {
        const tail = w.slice(k).join(' ');
        if (!byTail.has(tail)) byTail.set(tail, i);
      }
    }
  }
  return { byInitials, byTail, byFirst };
}

/** Acronyms of longer names of the same type, and tails of persons' longer names, through the indexes
 * (so a long document costs no pairwise comparisons). */
function unionAcronymsAndTails(ms: readonly Mention[], words: readonly string[][], forms: readonly number[], uf: UnionFind): void {
  const { byInitials, byTail, byFirst } = nameIndexes(ms, words, forms);
  for (const i of forms) {
    const m = ms[i]!;
    if (isAcronym(m.text)) {
      const j = byInitials.get(`${m.type}\u0000${m.text.replace(/[.&]/g, '').toUpperCase()}`);
      if (j !== undefined) uf.union(i, j);
    }
    if (m.type === 'person') {
      const j = byTail.get(words[i]!.join(' '));
      if (j !== undefined) uf.union(i, j);
      // "Saddam" for "Saddam Hussein", when only one full name starts so.
      const f = words[i]!.length === 1 ? byFirst.get(words[i]![0]!) : undefined;
      if (j === undefined && f !== undefined && f >= 0) uf.union(i, f);
    }
  }
}

/** Each group's members, groups in order of first mention. */
function groupsInOrder(uf: UnionFind, n: number): number[][] {
  const groupOf = new Map<number, number>();
  const groups: number[][] = [];
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    let g = groupOf.get(r);
    if (g === undefined) {
      g = groups.length;
      groupOf.set(r, g);
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
function entityOf(ms: readonly Mention[], members: readonly number[], id: string, maxMentions: number, text: string): Entity {
  const type = majorityType(ms, members);
  const spans: TextSpan[] = [];
  const seen = new Set<string>();
  const surface: string[] = [];
  for (const i of members) {
    const m = ms[i]!;
    spans.push(textSpan(m.text, m.start, m.end));
    if (!seen.has(m.text)) {
      seen.add(m.text);
      surface.push(m.text);
    }
  }
  const name = canonicalName(surface);
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
  const words: string[][] = [];
  for (const m of ms) words.push(nameWords(m.text));
  const forms = unionSameNames(ms, words, uf);
  for (const [a, b] of statedAliases(text, ms)) uf.union(a, b);
  unionAcronymsAndTails(ms, words, forms, uf);
  const groups = groupsInOrder(uf, n);
  let maxMentions = 1;
  for (const g of groups) if (g.length > maxMentions) maxMentions = g.length;
  const out: Entity[] = [];
  for (const g of groups) out.push(entityOf(ms, g, `E${out.length + 1}`, maxMentions, text));
  return out;
}
