// The scanning loop and the merging refiners, shared by every rule family.
// Rules are indexed by the token that can start them, so each token costs a map look-up and the
// few rules it triggers; refiners then pick non-overlapping matches and merge adjacent pieces
// ("10 p.m." + "Wednesday", "Friday" + "night", "Saturday," + "April 25").
import type { DateMention, Span, TimexType } from '../../core/document.js';
import { type Ymd, addDays, addMonths, fmtDate, fmtYear, pad, weekday } from './calendar.js';
import { PARTS_OF_DAY } from './lexicon.js';
import { mostNamedQuarter } from './reported-quarter.js';
import { type Tense, tenseMarksIn, tenseNear } from './tense.js';
import { inQuotedTitle } from './titles.js';
import { type Token, tokenize } from './tokens.js';
import { WordSlots } from '../word-slots.js';

/** What a matched piece is, for the merging refiners. */
export type Kind = 'day' | 'weekday' | 'clock' | 'other';

export interface Found {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  type: TimexType;
  value: string;
  kind?: Kind;
  /** Breaks ties between matches of equal length: higher wins. */
  priority?: number;
  /** A date written out in full ("June 1998"): later anaphors ("that year") lean on it. */
  explicit?: boolean;
  /** An anaphor: `value` holds its reading against the reference, used when no explicit date came before. */
  anchor?: Anchor;
}

type Anchor = { grain: 'year' | 'month' | 'day'; shift: number };

/**
 * A rule's match with every field present, in one order: the rules return literals of a dozen
 * shapes, and the scanning loop and refiners reading them met a new shape (and went back to the
 * interpreter) with each one; they now read only these.
 */
class Match {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly type: TimexType,
    readonly value: string,
    readonly kind: Kind | null,
    readonly priority: number,
    readonly explicit: boolean,
    readonly anchor: Anchor | null,
  ) {}

  static of(f: Found): Match {
    return new Match(f.start, f.end, f.type, f.value, f.kind ?? null, f.priority ?? 0, f.explicit ?? false, f.anchor ?? null);
  }

  /** This match with another span or value (and, for a merged part of day, type and kind). */
  with(start: number, end: number, type: TimexType, value: string, kind: Kind | null): Match {
    return new Match(start, end, type, value, kind, this.priority, this.explicit, this.anchor);
  }
}

export interface Rule {
  name: string;
  /** Lower-cased words that can start a match; `#num` for any number token. */
  triggers: readonly string[];
  /**
   * For some triggers, the words one of which must come right after the trigger for the rule to
   * match (`#num` for any number): the engine tries the rule only then. "the" starts a dozen rules
   * and was seven rule calls in ten, nearly all of them before a word none of them could use.
   */
  follows?: Readonly<Record<string, readonly string[]>>;
  match(s: Scan, i: number): Found | null;
}

/** What a rule may ask about the text around a token. */
export class Scan {
  readonly tokens: Token[];
  readonly ref: Ymd | null;
  private readonly sentenceOf: Int32Array;
  private readonly sentenceBounds: Array<[number, number]>;
  /** Tense marks per token, filled a sentence at a time when a rule first asks about it. */
  private readonly marks: Int8Array;
  private readonly marked: Uint8Array;
  private readonly sentenceWords = new Map<number, Set<string>>();

  constructor(readonly text: string, sentences: readonly Span[], ref: Ymd | null) {
    this.tokens = tokenize(text);
    this.ref = ref;
    // Token -> sentence index, one merged walk over both sorted lists. A run of tokens with one key (a
    // sentence, or the gap before one) is a group; a group's bounds are written once, when it ends.
    const tokens = this.tokens;
    const n = tokens.length;
    const sentenceOf = new Int32Array(n);
    const bounds: Array<[number, number]> = [];
    let si = 0;
    let current = 0;
    let groupStart = 0;
    for (let i = 0; i < n; i++) {
      const start = tokens[i]!.start;
      while (si < sentences.length && sentences[si]!.end <= start) si++;
      const key = si < sentences.length && sentences[si]!.start <= start ? si : -1 - si;
      if (i === 0) current = key;
      else if (key !== current) {
        bounds.push([groupStart, i]);
        groupStart = i;
        current = key;
      }
      sentenceOf[i] = bounds.length;
    }
    if (n > 0) bounds.push([groupStart, n]);
    this.sentenceOf = sentenceOf;
    this.sentenceBounds = bounds;
    this.marks = new Int8Array(this.tokens.length);
    this.marked = new Uint8Array(this.sentenceBounds.length);
  }

  // Reads are bounded here: a rule looking past either end of the text must not read outside the
  // array, which sent every optimised rule that did it back to the interpreter ("out of bounds").
  /** The token at i, or undefined outside the text. */
  at(i: number): Token | undefined { return i >= 0 && i < this.tokens.length ? this.tokens[i] : undefined; }

  word(i: number): string { return i >= 0 && i < this.tokens.length ? this.tokens[i]!.lower : ''; }

  /** The tense of the sentence around tokens [start, end). */
  tense(start: number, end: number): Tense {
    const si = this.sentenceOf[start] ?? 0;
    const b = this.sentenceBounds[si];
    if (!b) return 'present';
    // tenseNear reads only inside the sentence; a token's mark may look at its neighbours across it.
    if (this.marked[si] === 0) {
      tenseMarksIn(this.tokens, this.marks, b[0], b[1]);
      this.marked[si] = 1;
    }
    return tenseNear(this.marks, b[0], b[1], start, end);
  }

  /**
   * Whether a past-tense word stands within `n` tokens before token i, in its sentence ("resigned in
   * April"): the date is then that verb's own, not a plan spoken of in a past-tense sentence.
   */
  pastJustBefore(i: number, n: number): boolean {
    const si = this.sentenceOf[i] ?? 0;
    const b = this.sentenceBounds[si];
    if (!b) return false;
    this.tense(i, i + 1); // fills the sentence's marks
    for (let k = i - 1; k >= b[0] && k >= i - n; k--) if (this.marks[k] === 0) return true;
    return false;
  }

  /** Whether the sentence holding token i contains the word. */
  sentenceHas(i: number, word: string): boolean {
    const si = this.sentenceOf[i] ?? 0;
    let set = this.sentenceWords.get(si);
    if (!set) {
      const b = this.sentenceBounds[si];
      set = new Set(b ? this.tokens.slice(b[0], b[1]).map((t) => t.lower) : []);
      this.sentenceWords.set(si, set);
    }
    return set.has(word);
  }

  private earnings: boolean | null = null;
  /**
   * Quarterly-results news, where "a year ago" means the same quarter a year before: "quarter"
   * twice, or one quarter named by its ordinal ("third-quarter profit"), not "a quarter of the staff".
   */
  earningsNews(): boolean {
    if (this.earnings === null) {
      let n = 0;
      for (const t of this.tokens) if (t.lower === 'quarter' || t.lower === 'quarterly') n++;
      this.earnings = n >= 2 || this.reportedQuarter() > 0;
    }
    return this.earnings;
  }

  private reported = -1;
  /** The ordinal quarter the story names most often (see reported-quarter.ts); 0 when none stands out. */
  reportedQuarter(): number {
    if (this.reported < 0) this.reported = mostNamedQuarter(this.tokens);
    return this.reported;
  }

  /** Tokens i-1 and i are written together, with no space between. */
  glued(i: number): boolean { return i > 0 && i < this.tokens.length && !this.tokens[i]!.space; }
}

// Words that widen a match to their left, and the kinds of match they may widen.
const DATE_MODIFIERS: ReadonlyArray<readonly string[]> = [
  ['the', 'end', 'of'], ['the', 'beginning', 'of'], ['the', 'start', 'of'], ['the', 'middle', 'of'], ['the', 'turn', 'of'],
  ['end', 'of'], ['beginning', 'of'], ['middle', 'of'], ['mid', '-'], ['early', '-'], ['late', '-'], ['early'], ['late'], ['earlier'],
  ['later'], ['mid'], ['sometime'],
];
const AMOUNT_MODIFIERS: ReadonlyArray<readonly string[]> = [
  ['no', 'more', 'than'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['at', 'least'], ['at', 'most'], ['up', 'to'],
  ['nearly'], ['almost'], ['about'], ['around'], ['approximately'], ['roughly'], ['some'], ['over'], ['under'],
];

const NUMBER_WORDS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'several', 'hundreds', 'dozens']);
function startsWithNumber(s: Scan, i: number): boolean {
  return s.tokens[i]?.kind === 'num' || NUMBER_WORDS.has(s.word(i));
}

// One array map for both: an empty list for sets (a literal of another elements kind) sent the
// optimised widenLeft back to the interpreter; sets are not widened at all.
const DURATION_LISTS = [AMOUNT_MODIFIERS];
const DATE_LISTS = [AMOUNT_MODIFIERS, DATE_MODIFIERS];

function widenLeft(s: Scan, f: Match): Match {
  if (f.type === 'set') return f;
  const lists = f.type === 'duration' ? DURATION_LISTS : DATE_LISTS;
  let start = f.start;
  for (let changed = true; changed;) {
    changed = false;
    for (const list of lists) {
      for (const words of list) {
        const from = start - words.length;
        if (from < 0) continue;
        let ok = true;
        for (let k = 0; k < words.length && ok; k++) ok = s.tokens[from + k]!.lower === words[k];
        // Amount words only before a number: "about 20 years", "over a week", not "about the future".
        if (ok && list === AMOUNT_MODIFIERS && !startsWithNumber(s, start)) ok = false;
        // "Earlier Friday" leaves the adverb out; "earlier this month" takes it in.
        if (ok && list === DATE_MODIFIERS && f.kind === 'weekday' && (words[0] === 'earlier' || words[0] === 'later')) ok = false;
        if (ok) { start = from; changed = true; break; }
      }
      if (changed) break;
    }
  }
  return start === f.start ? f : f.with(start, f.end, f.type, f.value, f.kind);
}

function select(s: Scan, found: Match[]): Match[] {
  const charLen = (f: Match) => s.tokens[f.end - 1]!.end - s.tokens[f.start]!.start;
  const order = found.slice().sort((a, b) => charLen(b) - charLen(a) || (b.priority ?? 0) - (a.priority ?? 0) || a.start - b.start);
  const taken = new Uint8Array(s.tokens.length);
  const kept: Match[] = [];
  for (const f of order) {
    let free = true;
    for (let i = f.start; i < f.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    for (let i = f.start; i < f.end; i++) taken[i] = 1;
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const isDayValue = (v: string): boolean => /^(\d{4}|XXXX)-(\d\d|XX)-(\d\d|XX)$/.test(v) || /^(\d{4}|XXXX)-W(\d\d|XX)-\d$/.test(v);

/** Merge adjacent pieces into one expression. */
function merge(s: Scan, list: Match[]): Match[] {
  const out: Match[] = [];
  for (let k = 0; k < list.length; k++) {
    let f = list[k]!;
    const next = list[k + 1];
    // "Saturday, April 25", "Friday Oct. 13": the weekday joins the calendar date.
    if (f.kind === 'weekday' && next?.kind === 'day' && (next.start === f.end || (next.start === f.end + 1 && s.word(f.end) === ','))) {
      f = next.with(f.start, next.end, next.type, next.value, next.kind);
      k++;
    }
    // "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9": the clock time takes the date.
    const after = list[k + 1];
    if (f.kind === 'clock' && after && (after.kind === 'day' || after.kind === 'weekday') && isDayValue(after.value)
      && (after.start === f.end || (after.start === f.end + 1 && (s.word(f.end) === ',' || s.word(f.end) === 'on')))) {
      f = new Match(f.start, after.end, 'time', after.value + f.value.slice(f.value.indexOf('T')), 'other', 0, false, null);
      k++;
    } else if ((f.kind === 'day' || f.kind === 'weekday') && after?.kind === 'clock' && isDayValue(f.value)
      && (after.start === f.end || (after.start === f.end + 1 && (s.word(f.end) === ',' || s.word(f.end) === 'at')))) {
      // "Wednesday at 10 p.m." stays two expressions in TimeML; only the value of the clock is anchored.
      out.push(f);
      list[k + 1] = after.with(after.start, after.end, after.type, f.value + after.value.slice(after.value.indexOf('T')), after.kind);
      continue;
    }
    // "Friday night", "yesterday morning": a part of day after a day.
    if ((f.kind === 'day' || f.kind === 'weekday') && isDayValue(f.value) && f.type === 'date') {
      const part = PARTS_OF_DAY.get(s.word(f.end));
      const taken = list[k + 1]?.start === f.end;
      if (part && !taken) {
        // "Tuesday nights" is every Tuesday night (XXXX-WXX-2TNI), not the nearest one.
        const every = s.word(f.end).endsWith('s');
        f = f.with(f.start, f.end + 1, every ? 'set' : 'time', `${every ? everyWeekday(f) : f.value}T${part}`, 'other');
      }
    }
    out.push(f);
  }
  return out;
}

/** The set value of every such weekday ("XXXX-WXX-2") for a weekday match; a day keeps its value. */
function everyWeekday(f: Match): string {
  if (f.kind !== 'weekday') return f.value;
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(f.value);
  if (m) return `XXXX-WXX-${weekday({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) })}`;
  return f.value; // already XXXX-WXX-n without a reference
}

/** "that year", "the following day": counted from the last date written out in full. */
function resolveAnaphors(list: Match[]): Match[] {
  let last: Ymd | null = null;
  let grain: 'year' | 'month' | 'day' = 'year';
  // A loop, not map(): the array map() makes differs in elements kind between the interpreted and
  // the optimised caller, and run() then met an array of another map.
  const out: Match[] = [];
  for (const f of list) {
    if (f.explicit) {
      const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/.exec(f.value);
      if (m) { last = { y: Number(m[1]), m: Number(m[2] ?? 1), d: Number(m[3] ?? 1) }; grain = m[3] ? 'day' : m[2] ? 'month' : 'year'; }
      out.push(f);
      continue;
    }
    out.push(anchored(f, last, grain));
  }
  return out;
}

function anchored(f: Match, last: Ymd | null, grain: 'year' | 'month' | 'day'): Match {
  const a = f.anchor;
  if (!a || !last) return f;
  if (a.grain === 'day' && grain === 'day') return f.with(f.start, f.end, f.type, fmtDate(addDays(last, a.shift)), f.kind);
  if (a.grain === 'month' && grain !== 'year') { const x = addMonths(last, a.shift); return f.with(f.start, f.end, f.type, `${fmtYear(x.y)}-${pad(x.m)}`, f.kind); }
  if (a.grain === 'year') return f.with(f.start, f.end, f.type, fmtYear(last.y + a.shift), f.kind);
  return f;
}

/** The rules a trigger starts: all of them, or, when some need a given next word, those the next word allows. */
class TriggerRules {
  constructor(
    /** The rules that need no particular next word. */
    readonly free: readonly Rule[],
    /** Next word (`#num` for a number) -> the rules tried before it, in rule order; null when no rule asks. */
    readonly byNext: ReadonlyMap<string, readonly Rule[]> | null,
    /**
     * Every next word any trigger's rules ask for: most words after "the" or "a" are none of them, and
     * are ruled out by an array read before the map hashes them.
     */
    readonly nextSlots: WordSlots,
  ) {}

  static of(trigger: string, rules: readonly Rule[], nextSlots: WordSlots): TriggerRules {
    const needs = (r: Rule) => r.follows?.[trigger];
    if (!rules.some(needs)) return new TriggerRules(rules, null, nextSlots);
    const byNext = new Map<string, readonly Rule[]>();
    for (const r of rules) for (const w of needs(r) ?? []) {
      if (!byNext.has(w)) byNext.set(w, rules.filter((q) => { const n = needs(q); return n === undefined || n.includes(w); }));
    }
    return new TriggerRules(rules.filter((r) => needs(r) === undefined), byNext, nextSlots);
  }

  /** The rules to try for the trigger at i. */
  at(tokens: readonly Token[], i: number): readonly Rule[] {
    if (this.byNext === null) return this.free;
    const next = i + 1 < tokens.length ? tokens[i + 1]! : null;
    if (next === null) return this.free;
    if (next.kind === 'num') return this.byNext.get('#num') ?? this.free;
    return this.nextSlots.mayHave(next.lower) ? this.byNext.get(next.lower) ?? this.free : this.free;
  }
}

export class Engine {
  private readonly byTrigger = new Map<string, TriggerRules>();
  /** Rules out most tokens with an array read instead of hashing their text for the map. */
  private readonly triggers: WordSlots;
  private readonly numRules: TriggerRules;

  constructor(rules: readonly Rule[]) {
    const lists = new Map<string, Rule[]>();
    for (const r of rules) for (const t of r.triggers) {
      const list = lists.get(t) ?? [];
      list.push(r);
      lists.set(t, list);
    }
    const nextWords = new Set<string>();
    for (const r of rules) for (const words of Object.values(r.follows ?? {})) for (const w of words) nextWords.add(w);
    const nextSlots = new WordSlots(nextWords);
    for (const [t, list] of lists) this.byTrigger.set(t, TriggerRules.of(t, list, nextSlots));
    this.triggers = new WordSlots(this.byTrigger.keys());
    this.numRules = this.byTrigger.get('#num') ?? new TriggerRules([], null, nextSlots);
  }

  /** The rules a word can start, if any. */
  private rulesFor(w: string): TriggerRules | undefined {
    return this.triggers.mayHave(w) ? this.byTrigger.get(w) : undefined;
  }

  run(text: string, sentences: readonly Span[], ref: Ymd | null): DateMention[] {
    const s = new Scan(text, sentences, ref);
    const found: Match[] = [];
    for (let i = 0; i < s.tokens.length; i++) {
      const t = s.tokens[i]!;
      const trigger = t.kind === 'num' ? this.numRules : this.rulesFor(t.lower);
      if (!trigger) continue;
      for (const r of trigger.at(s.tokens, i)) {
        const f = r.match(s, i);
        if (f && f.end > f.start) found.push(widenLeft(s, Match.of(f)));
      }
    }
    const merged = resolveAnaphors(merge(s, select(s, found)));
    // A loop, not map(): the map() call sent the optimised run() back to the interpreter on every
    // document (a map check of the inlined builtin failed each time).
    const out: DateMention[] = [];
    for (const f of merged) {
      if (inQuotedTitle(s.tokens, f.start, f.end)) continue;
      const start = s.tokens[f.start]!.start;
      const end = s.tokens[f.end - 1]!.end;
      // A clock time that found no date takes the reference date.
      let value = f.value;
      if (value.startsWith('T')) value = (ref ? fmtDate(ref) : 'XXXX-XX-XX') + value;
      out.push({ text: text.slice(start, end), start, end, type: f.type, value });
    }
    return out;
  }
}
