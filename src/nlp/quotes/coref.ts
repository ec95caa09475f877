// Links a speaker phrase to the canonical entity it names: a mention it overlaps, a surname, a
// pronoun (the last speaker or the last person named), or a description ("the Iraqi president")
// that matches an entity's title or the words that introduced it.
import type { Entity } from '../../core/document.js';
import { ORG_NOUNS } from './words.js';

interface Located {
  entity: Entity;
  start: number;
  end: number;
}

export interface Resolution {
  entity: Entity | null;
}

const LOOKBACK = 300;
const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'him', 'her']);
const ORG_PRONOUNS = new Set(['it', 'they', 'we']);
// Capitalised words that are titles or sentence furniture, not names to match on.
const TITLES = new Set(`the a an mr mrs ms dr sen rep gov gen president senator governor secretary minister prime
  chairman spokesman spokeswoman former vice chief state republican democratic democrat gop presidential candidate
  u.s. us mr. mrs. ms. dr. sen. rep. gov. gen. rev. sir lord lady leader house speaker majority minority`.split(/\s+/));

const NAME_WORD = /[\p{Lu}][\p{L}\p{M}’'.-]*/gu;

export class SpeakerResolver {
  private readonly mentions: Located[];
  private readonly bySurname = new Map<string, Entity[]>();
  private lastSpeaker: { entity: Entity | null; start: number; person: boolean } | null = null;

  constructor(private readonly text: string, entities: readonly Entity[]) {
    this.mentions = entities.flatMap((entity) => entity.mentions.map((m) => ({ entity, start: m.start, end: m.end })));
    this.mentions.sort((a, b) => a.start - b.start);
    for (const e of entities) {
      for (const form of [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]) {
        for (const w of form.match(NAME_WORD) ?? []) {
          const key = w.toLowerCase();
          if (TITLES.has(key) || key.length < 2) continue;
          const list = this.bySurname.get(key) ?? [];
          if (!list.includes(e)) list.push(e);
          this.bySurname.set(key, list);
        }
      }
    }
  }

  /** Entity of the speaker phrase text[start, end). Call in text order: pronouns use earlier speakers. */
  resolve(start: number, end: number): Entity | null {
    const phrase = this.text.slice(start, end);
    const lower = phrase.toLowerCase();
    let entity: Entity | null = null;
    let person = true;
    if (PERSON_PRONOUNS.has(lower)) {
      entity = this.lastPerson(start);
    } else if (ORG_PRONOUNS.has(lower) || lower === 'who') {
      entity = lower === 'it' ? this.lastOrganization(start) : null;
      person = false;
    } else {
      entity = this.overlapping(start, end) ?? this.bySurnameIn(phrase, start);
      if (!entity && /^(the|this|that|a|an|his|her|their)\s/u.test(lower)) {
        const head = lower.split(/\s+/).at(-1) ?? '';
        person = !ORG_NOUNS.has(head);
        entity = this.byDescription(phrase, head, start, person);
      }
      if (entity) person = entity.type === 'person' || person;
    }
    if (entity || !PERSON_PRONOUNS.has(lower)) this.lastSpeaker = { entity, start, person: entity ? entity.type === 'person' : person };
    return entity;
  }

  private overlapping(start: number, end: number): Entity | null {
    let best: Located | null = null;
    for (const m of this.mentionsNear(start)) {
      if (m.start < end && start < m.end && (!best || m.end - m.start > best.end - best.start)) best = m;
    }
    return best?.entity ?? null;
  }

  /** Mentions that start before `pos` + 200, scanned from a binary-searched window. */
  private *mentionsNear(pos: number): Generator<Located> {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < pos - 300) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.mentions.length && this.mentions[i]!.start < pos + 300; i++) yield this.mentions[i]!;
  }

  private bySurnameIn(phrase: string, pos: number): Entity | null {
    if (phrase.length > 120) return null;
    const words = (phrase.match(NAME_WORD) ?? []).map((w) => w.toLowerCase()).filter((w) => !TITLES.has(w));
    for (let i = words.length - 1; i >= 0; i--) {
      const list = this.bySurname.get(words[i]!);
      if (list?.length) return this.nearestBefore(list, pos);
    }
    return null;
  }

  private nearestBefore(list: readonly Entity[], pos: number): Entity {
    if (list.length === 1) return list[0]!;
    for (const m of this.before(pos + 1)) if (list.includes(m.entity)) return m.entity;
    return list[0]!;
  }

  private lastPerson(pos: number): Entity | null {
    if (this.lastSpeaker?.person && this.lastSpeaker.entity) return this.lastSpeaker.entity;
    return this.lastOfType(pos, 'person');
  }

  private lastOrganization(pos: number): Entity | null {
    if (this.lastSpeaker && !this.lastSpeaker.person && this.lastSpeaker.entity) return this.lastSpeaker.entity;
    return this.lastOfType(pos, 'organization');
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

  private lastOfType(pos: number, type: string): Entity | null {
    for (const m of this.before(pos)) if (m.entity.type === type) return m.entity;
    return null;
  }

  /**
   * "the Iraqi president": an entity whose title or introducing words hold the head noun (and the
   * adjectives), the most recent first; else the last speaker of the same kind.
   */
  private byDescription(phrase: string, head: string, pos: number, person: boolean): Entity | null {
    const words = phrase.toLowerCase().split(/\s+/).slice(1);
    let best: Located | null = null;
    let bestScore = 0;
    for (const m of this.before(pos)) {
      const role = (m.entity.role ?? '').toLowerCase();
      const before = this.text.slice(Math.max(0, m.start - 60), m.start).toLowerCase();
      const after = this.text.slice(m.end, m.end + 120).toLowerCase();
      const context = `${role} ${before} ${after}`;
      if (!context.includes(head)) continue;
      const score = words.filter((w) => context.includes(w)).length;
      if (score > bestScore || !best) { best = m; bestScore = score; }
    }
    if (best) return best.entity;
    if (this.lastSpeaker && this.lastSpeaker.person === person) return this.lastSpeaker.entity;
    return null;
  }
}
