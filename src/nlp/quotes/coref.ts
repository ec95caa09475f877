// Links a speaker phrase to who it is: the entity whose mention it overlaps or whose surname it ends
// with, or, for a pronoun or a definite description ("he", "the Iraqi president", "the Iraqi
// legislator"), an earlier speaker or entity whose title and introduction share its words. Earlier
// speakers count even when the entity stage missed them, so the canonical name is still found.
import type { Entity } from '../../core/document.js';
import { ORG_NOUNS } from './words.js';

interface Located {
  entity: Entity;
  start: number;
  end: number;
}

/** A resolved speaker: the entity when one matches, and the canonical name either way. */
export interface Resolution {
  entity: Entity | null;
  name: string | null;
}

interface Said {
  start: number;
  end: number;
  entity: Entity | null;
  name: string | null;
  person: boolean;
}

const LOOKBACK = 300;
const HISTORY = 40;
const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'him', 'her', 'his']);
const GROUP_PRONOUNS = new Set(['it', 'they', 'we', 'who', 'its', 'their']);
const DEFINITE = /^(the|this|that|these|those)\s/u;
// Capitalised words that are titles or sentence furniture, not names to match on.
const TITLES = new Set(`the a an mr mrs ms dr sen rep gov gen president senator governor secretary minister prime
  chairman spokesman spokeswoman former vice chief state republican democratic democrat gop presidential candidate
  u.s. us mr. mrs. ms. dr. sen. rep. gov. gen. rev. sir lord lady leader house speaker majority minority attorney
  general director rep. judge justice mayor ambassador professor prof. adm. col. lt. sgt. capt. maj.`.split(/\s+/));

const NAME_WORD = /[\p{Lu}][\p{L}\p{M}’'.-]*/gu;
const WORD = /[\p{L}\p{N}’'-]+/gu;

// Both helpers avoid the anchored `\s*\(…\)$` and `\S+$`, which retry from every place in a long run of
// spaces or of letters (quadratic): an aside's "(" is found by a scan that stops at the next bracket.

/** The phrase without a closing bracketed aside and the spaces before it ("Ali (a farmer)" -> "Ali"). */
function withoutAside(phrase: string): string {
  const open = phrase.search(/\([^()]*\)$/u);
  return open < 0 ? phrase : phrase.slice(0, open).trimEnd();
}

/** Where the phrase's last word starts (0 when the phrase ends in a space, as it has no last word). */
function lastWordStart(phrase: string): number {
  let i = phrase.length;
  while (i > 0 && !/\s/u.test(phrase[i - 1]!)) i--;
  return i === phrase.length ? 0 : i;
}

/** The name inside a speaker phrase: its last run of capitalised words after any title. */
export function nameIn(phrase: string): string | null {
  const words = withoutAside(phrase).split(/\s+/u);
  let end = words.length;
  // "the Iraqi president", "a former Iraqi security official": a description, no name in it.
  if (end > 0 && !/^\p{Lu}/u.test(words[end - 1]!)) return null;
  let start = end;
  while (start > 0 && /^\p{Lu}/u.test(words[start - 1]!) && !TITLES.has(words[start - 1]!.toLowerCase())) start--;
  const name = words.slice(start, end).join(' ').replace(/[,'’]s$|[,.]$/u, '');
  return name || null;
}

function lastWhere<T>(list: readonly T[], test: (x: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return list[i];
  return undefined;
}

/**
 * The lower-cased last capitalised word of a name, the one a later, shorter mention keeps ("Talabani",
 * "Times"); null when there is none or it is a title or a single letter.
 */
function surnameKey(form: string): string | null {
  // (A match result and an empty literal are arrays of two maps: test for null instead.)
  const words = form.match(NAME_WORD);
  const w = words ? words[words.length - 1] : undefined;
  if (w === undefined) return null;
  const key = w.toLowerCase();
  return TITLES.has(key) || key.length < 2 ? null : key;
}

export class SpeakerResolver {
  private readonly mentions: Located[];
  private readonly bySurname = new Map<string, Entity[]>();
  private readonly history: Said[] = [];

  constructor(private readonly text: string, entities: readonly Entity[]) {
    // Loops, not flatMap/map: this runs for every document, and flatMap cost more than the sort.
    this.mentions = [];
    for (const entity of entities) for (const m of entity.mentions) this.mentions.push({ entity, start: m.start, end: m.end });
    this.mentions.sort((a, b) => a.start - b.start);
    for (const e of entities) {
      this.addSurname(e.name, e);
      for (const form of e.aliases) this.addSurname(form, e);
    }
  }

  private addSurname(form: string, e: Entity): void {
    const key = surnameKey(form);
    if (key === null) return;
    const list = this.bySurname.get(key) ?? [];
    if (!list.includes(e)) list.push(e);
    this.bySurname.set(key, list);
  }

  /** Resolve the speaker phrase text[start, end). Call in text order: pronouns use earlier speakers. */
  resolve(start: number, end: number): Resolution {
    const phrase = this.text.slice(start, end);
    const lower = phrase.toLowerCase();
    let found: Resolution;
    let person = true;
    if (PERSON_PRONOUNS.has(lower)) {
      found = this.lastPerson(start);
    } else if (GROUP_PRONOUNS.has(lower)) {
      person = false;
      found = lower === 'it' ? this.lastGroup(start) : { entity: null, name: null };
    } else {
      const entity = this.overlapping(start, end) ?? this.bySurnameIn(phrase, start);
      if (entity) {
        found = { entity, name: entity.name };
        person = entity.type === 'person';
      } else if (DEFINITE.test(lower)) {
        // "the Iraqi president": someone already introduced with these words.
        const head = lower.split(/\s+/u).at(-1) ?? '';
        person = !ORG_NOUNS.has(head);
        found = this.byDescription(lower, start, person) ?? { entity: null, name: phrase };
      } else {
        const name = nameIn(phrase);
        // "Talabani" after "Iraqi President Jalal Talabani": the earlier speaker's full name.
        const last = name?.split(/\s+/u).at(-1);
        const earlier = last ? lastWhere(this.history, (h) => !!h.name && h.name.split(/\s+/u).at(-1) === last) : undefined;
        found = earlier ? { entity: earlier.entity, name: earlier.name } : { entity: null, name: name ?? phrase };
        person = /^\p{Lu}/u.test(found.name ?? '');
      }
    }
    if (!PERSON_PRONOUNS.has(lower) && !GROUP_PRONOUNS.has(lower)) {
      this.history.push({ start, end, entity: found.entity, name: found.name, person });
      if (this.history.length > HISTORY) this.history.shift();
    }
    return found;
  }

  /**
   * The entity with a mention over the phrase's head, its last word ("Iraqi" alone names no speaker);
   * in "Chancellor Angela Merkel of Germany" the person before "of", not the place after it.
   */
  private overlapping(start: number, end: number): Entity | null {
    const phrase = withoutAside(this.text.slice(start, end));
    const of = phrase.lastIndexOf(' of ');
    if (of > 0) {
      const person = this.longestOver(start, start + lastWordStart(phrase.slice(0, of)), start + of);
      if (person?.type === 'person') return person;
    }
    return this.longestOver(start, start + lastWordStart(phrase), end);
  }

  /** The entity of the longest mention over text[headStart, headEnd) that ends inside the phrase starting at `start`. */
  private longestOver(start: number, headStart: number, headEnd: number): Entity | null {
    let best: Located | null = null;
    for (let i = this.indexAt(start - 200); i < this.mentions.length && this.mentions[i]!.start < headEnd; i++) {
      const m = this.mentions[i]!;
      if (headStart < m.end && start < m.end && (!best || m.end - m.start > best.end - best.start)) best = m;
    }
    return best?.entity ?? null;
  }

  /** Only the last name word counts ("Iraqi President Jalal Talabani" -> "Talabani", never "Iraqi"). */
  private bySurnameIn(phrase: string, pos: number): Entity | null {
    const name = nameIn(phrase);
    const last = name?.split(/\s+/u).at(-1)?.toLowerCase().replace(/['’]s$/u, '');
    if (!last) return null;
    const list = this.bySurname.get(last);
    return list?.length ? this.nearestBefore(list, pos) : null;
  }

  private nearestBefore(list: readonly Entity[], pos: number): Entity {
    if (list.length === 1) return list[0]!;
    for (const m of this.before(pos + 1)) if (list.includes(m.entity)) return m.entity;
    return list[0]!;
  }

  /** Index of the first mention starting at or after `pos`. */
  private indexAt(pos: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The mentions before `pos`, nearest first, at most LOOKBACK of them (keeps resolution linear). */
  private *before(pos: number): Generator<Located> {
    const i = this.indexAt(pos);
    for (let j = i - 1; j >= 0 && i - j <= LOOKBACK; j--) yield this.mentions[j]!;
  }

  /** "he": the last person who spoke, else the last person named. */
  private lastPerson(pos: number): Resolution {
    const said = lastWhere(this.history, (h) => h.person && !!h.name);
    let mention: Located | null = null;
    for (const m of this.before(pos)) if (m.entity.type === 'person') { mention = m; break; }
    if (said && (!mention || said.start >= mention.start - 400)) return { entity: said.entity, name: said.name };
    return mention ? { entity: mention.entity, name: mention.entity.name } : { entity: null, name: null };
  }

  private lastGroup(pos: number): Resolution {
    const said = lastWhere(this.history, (h) => !h.person && !!h.entity);
    if (said) return { entity: said.entity, name: said.name };
    for (const m of this.before(pos)) if (m.entity.type === 'organization') return { entity: m.entity, name: m.entity.name };
    return { entity: null, name: null };
  }

  /**
   * A definite description: the earlier speaker or entity whose phrase, title or introduction shares
   * the most of its words (the head noun counts twice), the most recent on a tie.
   */
  private byDescription(description: string, pos: number, person: boolean): Resolution | null {
    const words = (description.match(WORD) ?? []).slice(1).filter((w) => !['former', 'new', 'top', 'senior'].includes(w));
    const head = words.at(-1);
    if (!head) return null;
    const score = (context: string): number => words.reduce((n, w) => n + (context.includes(w) ? (w === head ? 2 : 1) : 0), 0);
    let best: Resolution | null = null;
    let bestScore = 0;
    let bestPos = -1;
    for (const h of this.history) {
      if (h.person !== person || !h.name) continue;
      // The phrase and its apposition ("Shirvan al-Waeli, who was ... a lawmaker"), never past the description.
      const s = score(this.text.slice(h.start, Math.min(h.end + 160, pos)).toLowerCase());
      if (s > bestScore || (s === bestScore && s > 0 && h.start > bestPos)) { best = { entity: h.entity, name: h.name }; bestScore = s; bestPos = h.start; }
    }
    for (const m of this.before(pos)) {
      const context = `${(m.entity.role ?? '').toLowerCase()} ${this.text.slice(Math.max(0, m.start - 60), Math.min(m.end + 120, pos)).toLowerCase()}`;
      const s = score(context);
      if (s > bestScore) { best = { entity: m.entity, name: m.entity.name }; bestScore = s; bestPos = m.start; }
    }
    // Without any shared word, a person description still most likely means the last person speaking.
    if (!best && person) {
      const said = lastWhere(this.history, (h) => h.person && !!h.name && /^\p{Lu}/u.test(h.name));
      if (said) best = { entity: said.entity, name: said.name };
    }
    return best;
  }
}
