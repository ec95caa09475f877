// The quotation engine: one scan that pairs quotation marks, attaches attributions to quoted text,
// finds reported speech around the remaining cues, and resolves every speaker in text order.
// The rules live in their own files; this file only orders them and merges what they find.
import type { Entity, Quote, Span, Speaker, TextSpan } from '../../core/document.js';
import type { Cue } from './cues.js';
import { cueAt } from './cues.js';
import { SpeakerResolver } from './coref.js';
import { speakerBefore } from './speaker.js';
import type { Attribution } from './direct.js';
import { attributionAfter, attributionBefore, isContinuing } from './direct.js';
import { reportedSpeech } from './indirect.js';
import type { Quoted } from './marks.js';
import { findQuoted } from './marks.js';
import type { SpeakerRange } from './speaker.js';
import type { Token } from './tokens.js';
import { isCapitalized, tokenize } from './tokens.js';

/** A quotation before its speaker is resolved; token ranges are [first, last). */
interface Found {
  kind: 'direct' | 'indirect';
  /** Character span of the content (for direct quotes: from the first quoted part to the last). */
  start: number;
  end: number;
  parts: Span[];
  cue: Cue | null;
  speaker: SpeakerRange | null;
  continues: boolean;
  /** Replaced by the reported speech that contains it (present from the start: one shape for all). */
  dropped: boolean;
}

export interface EngineQuote extends Quote {
  /** For a quotation broken by its attribution: the quoted pieces, without marks. */
  parts?: TextSpan[];
}

/** How many tokens around a cue the reported-speech rules look at. */
const WINDOW = 150;
/** How many later quoted stretches of a paragraph may join one quotation (keeps the scan linear). */
const MAX_CHAIN = 40;
const isPunct = (t: Token | undefined, chars: string): boolean => t?.kind === 'punct' && chars.includes(t.text);

/** Token bounds [start, end) of the sentence holding each token, from the segmenter's sentence spans. */
function sentenceBounds(tokens: readonly Token[], sentences: readonly Span[]): { start: Int32Array; end: Int32Array } {
  const start = new Int32Array(tokens.length);
  const end = new Int32Array(tokens.length);
  let s = 0;
  let i = 0;
  while (i < tokens.length) {
    while (s < sentences.length && sentences[s]!.end <= tokens[i]!.start) s++;
    const sent = sentences[s];
    let j = i + 1;
    if (sent && sent.start <= tokens[i]!.start) {
      while (j < tokens.length && tokens[j]!.start < sent.end) j++;
    } else {
      // Outside every sentence (e.g. no segmentation given): up to the next line break or full stop.
      while (j < tokens.length && tokens[j - 1]!.kind !== 'break' && !isPunct(tokens[j - 1], '.!?')) j++;
    }
    for (let k = i; k < j; k++) { start[k] = i; end[k] = j; }
    i = j;
  }
  return { start, end };
}

function paragraphOf(tokens: readonly Token[]): Int32Array {
  const para = new Int32Array(tokens.length);
  let p = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind === 'break' && (i === 0 || tokens[i - 1]!.kind !== 'break')) p++;
    para[i] = p;
  }
  return para;
}

/** A quote that opens a sentence: after . ! ? or a closing mark, a line break, or the text start. */
function startsSentence(tokens: readonly Token[], q: Quoted): boolean {
  const prev = tokens[q.open - 1];
  // "Sanders said at a rally in Binghamton, N.Y. "Secretary Clinton ...": an abbreviation's dot ends it too.
  const abbreviation = prev?.kind === 'word' && prev.text.length > 2 && prev.text.endsWith('.') && isCapitalized(tokens[q.first] ?? prev);
  return !prev || prev.kind === 'break' || prev.kind === 'mark' || isPunct(prev, '.!?') || abbreviation;
}

/**
 * A speech cue with a speaker in tokens [from, to) whose content reaches `to`
 * ("SPEAKER CUE (that) ..."): the cue, its speaker and the first content token.
 */
function cueInSentence(tokens: readonly Token[], from: number, to: number): { cue: Cue; speaker: SpeakerRange; first: number } | null {
  if (to - from > WINDOW) return null;
  for (let k = to - 1; k >= from; k--) {
    if (tokens[k]!.kind === 'mark') return null;
    const cue = cueAt(tokens, k);
    if (!cue || cue.cls !== 'speech' || cue.lemma === 'according to' || cue.needsQuote || isContinuing(tokens, cue)) continue;
    const speaker = speakerBefore(tokens, cue.first, from);
    if (!speaker) return null;
    let first = cue.last;
    if (tokens[first]?.lower !== 'that') {
      // "told Newsmax that": past a short addressee or time to "that".
      for (let j = first; j < to && j - first < 6; j++) if (tokens[j]!.lower === 'that') { first = j; break; }
    }
    if (isPunct(tokens[first], ',:')) first++;
    return first < to ? { cue, speaker, first } : null;
  }
  return null;
}

/**
 * `"You squeezed employees" to drive up the stock price, she said`: narration after the quote
 * carries a speech cue of its own, so the quote starts a new statement.
 */
function cuedLater(tokens: readonly Token[], q: Quoted, end: number): boolean {
  if (q.close < 0 || tokens[q.close + 1]?.kind !== 'word') return false;
  for (let k = q.close + 1; k < end && k - q.close <= WINDOW; k++) {
    if (tokens[k]!.kind === 'mark' || tokens[k]!.kind === 'break') return false;
    const cue = cueAt(tokens, k);
    if (cue?.cls === 'speech' && !cue.needsQuote) return true;
  }
  return false;
}

/**
 * `says Americans are "right to be angry," but also hungry for what she calls "real solutions."`:
 * quoted words later in the sentence are the speaker's, so the reported content runs to the
 * sentence end, unless another cue in between starts a statement of its own.
 */
function quotedRemainder(tokens: readonly Token[], from: number, stop: number): number {
  let mark = false;
  let open = false;
  for (let k = from; k < stop; k++) {
    const t = tokens[k]!;
    if (t.kind === 'break') { stop = k; break; }
    if (t.kind === 'mark') { mark = true; open = !open; continue; }
    if (!open && cueAt(tokens, k)?.cls === 'speech') return -1;
  }
  if (!mark) return -1;
  let last = stop;
  while (last > from && (isPunct(tokens[last - 1], '.!?,;:—–') || tokens[last - 1]!.kind === 'break')) last--;
  return last;
}

/**
 * `"A," Tester said, referring to the excuse, "B."`, `"A," he said, but "B."`, `"A," Mosko wrote in
 * an email to Eisen, and "B."`: the narration between two quoted pieces of one sentence is the
 * attribution with its setting, ending in a comma and an optional conjunction.
 */
function resumesAfter(tokens: readonly Token[], close: number, open: number, cue: Cue): boolean {
  if (open - close > 20) return false;
  let k = open - 1;
  if (['still', 'also', 'then'].includes(tokens[k]!.lower)) k--;
  if (['and', 'but'].includes(tokens[k]!.lower)) k--;
  if (!isPunct(tokens[k], ',—–')) return false;
  for (let j = close + 1; j < k; j++) {
    const t = tokens[j]!;
    if (t.kind === 'mark' || t.kind === 'break' || isPunct(t, '.;:!?')) return false;
    if (j >= cue.last && cueAt(tokens, j)?.cls === 'speech') return false;
  }
  return true;
}

/**
 * `So when Patriot signaled ..., Mr. Barrett said, "we were floored."`: an attribution set off by
 * commas inside its sentence, and a quote that goes on with that sentence in lower case; the
 * whole sentence is the statement.
 */
function leadsInto(tokens: readonly Token[], q: Quoted, speaker: SpeakerRange, s0: number): boolean {
  const first = tokens[q.first];
  if (!first || first.kind !== 'word' || isCapitalized(first) || speaker.first < 1 || q.open < 1
    || !isPunct(tokens[speaker.first - 1], ',') || !isPunct(tokens[q.open - 1], ',')) return false;
  let words = 0;
  for (let k = s0; k < speaker.first - 1; k++) {
    if (tokens[k]!.kind === 'mark' || tokens[k]!.kind === 'break') return false;
    if (tokens[k]!.kind === 'word') words++;
  }
  return words >= 3 && speaker.first - s0 <= WINDOW;
}

/** The quote opens a word or two into the sentence that follows the one holding any of `after`. */
function leadsSentenceAfter(tokens: readonly Token[], q: Quoted, sentStart: Int32Array, after: readonly number[]): boolean {
  const s = sentStart[q.open]!;
  if (s === 0 || q.open - s > 3 || !after.some((k) => sentStart[k] === sentStart[s - 1])) return false;
  for (let k = s; k < q.open; k++) if (tokens[k]!.kind !== 'word' && !isPunct(tokens[k], ',')) return false;
  return true;
}

/** The quote that opens right after the attribution clause ending at `end` (past one . , : ; or dash). */
function quoteAfterClause(tokens: readonly Token[], byOpen: Map<number, number>, end: number): number {
  let e = end;
  if (isPunct(tokens[e], '.,:;—–')) e++;
  return byOpen.get(e) ?? -1;
}

/** What the passes of runEngine share: the tokens and quoted stretches, and what is used and found. */
interface Scan {
  tokens: Token[];
  quoted: Quoted[];
  sentStart: Int32Array;
  sentEnd: Int32Array;
  para: Int32Array;
  /** The quoted stretch each token is inside, or -1. */
  inQuote: Int32Array;
  /** Quoted stretch by the token index of its opening mark. */
  byOpen: Map<number, number>;
  used: Uint8Array;
  /** 1 for a token whose cue a quotation has taken. */
  usedCue: Uint8Array;
  found: Found[];
  ownAttribution: (Attribution | null)[];
}

export function runEngine(text: string, sentences: readonly Span[], entities: readonly Entity[]): EngineQuote[] {
  const tokens = tokenize(text);
  const quoted = findQuoted(text, tokens);
  const { start: sentStart, end: sentEnd } = sentenceBounds(tokens, sentences);
  const para = paragraphOf(tokens);
  const inQuote = new Int32Array(tokens.length).fill(-1);
  const byOpen = new Map<number, number>();
  quoted.forEach((q, qi) => {
    byOpen.set(q.open, qi);
    const last = q.close >= 0 ? q.close : q.last - 1;
    for (let i = q.open; i <= last; i++) inQuote[i] = qi;
  });
  const scan: Scan = {
    tokens, quoted, sentStart, sentEnd, para, inQuote, byOpen,
    used: new Uint8Array(quoted.length),
    usedCue: new Uint8Array(tokens.length),
    found: [],
    ownAttribution: attributionsAfter(tokens, quoted),
  };
  // Three passes, each its own function: each is compiled and re-optimised on its own, where one
  // function of all three was recompiled whole, in every worker, whenever any part met new shapes.
  directQuotations(scan);
  reportedSpeechAround(scan);
  continuedParagraphs(scan);
  return resolveSpeakers(text, entities, tokens, scan.found);
}

/**
 * The attribution after each quoted stretch. A loop rather than map(): the array map() makes differs
 * in elements kind between the interpreted and the optimised caller, and the passes reading it then
 * met an array of another map.
 */
function attributionsAfter(tokens: readonly Token[], quoted: readonly Quoted[]): (Attribution | null)[] {
  const out: (Attribution | null)[] = [];
  for (const q of quoted) out.push(attributionAfter(tokens, q));
  return out;
}

/** 1. Direct quotations with their attributions, and the quoted pieces chained to them. */
function directQuotations(scan: Scan): void {
  const { tokens, quoted, sentStart, sentEnd, para, used, usedCue, found, ownAttribution } = scan;
  // 1. Direct quotations: a quoted stretch with its attribution after or before it, and the
  // quoted pieces chained to it ("A," he said. "B.").
  for (let qi = 0; qi < quoted.length; qi++) {
    if (used[qi]) continue;
    const q = quoted[qi]!;
    let att: Attribution | null = ownAttribution[qi] ?? null;
    const chain = [qi];
    if (!att) {
      att = attributionBefore(tokens, q);
      if (!att) continue;
    }
    // `Trump told Newsmax that Romney "had a crazy policy," adding, "..."`: the participle after the
    // quote starts the next statement; this one belongs to the cue earlier in its sentence.
    const inner = !att.speaker && ownAttribution[qi] && tokens[att.cue.first]!.lower.endsWith('ing') ? cueInSentence(tokens, sentStart[q.open]!, q.open) : null;
    if (inner) att = { cue: inner.cue, speaker: inner.speaker, continues: false, end: q.open };
    // Later quoted sentences of the paragraph continue this quotation ("A," he said. "B.") until one
    // has an attribution of its own; quoted words inside the narration between them ("he said on
    // "Meet the Press."") are titles or fragments and are passed over.
    const skipped: number[] = [];
    for (let next = qi + 1; next < quoted.length && next - qi <= MAX_CHAIN && para[quoted[next]!.open] === para[q.open]; next++) {
      const n = quoted[next]!;
      const lastQ = quoted[chain[chain.length - 1]!]!;
      if (used[next] || lastQ.close < 0) break;
      // `"A," she said, "B."`: one sentence broken by its attribution.
      // `"A," he said, but "B."`: the same, across a conjunction.
      // A first piece ending its sentence ("Why now?" Mills writes back, "...") is no broken sentence.
      const broken = chain.length === 1 && ownAttribution[qi] && !inner && !isPunct(tokens[q.last - 1], '.?!') && (isPunct(tokens[att.end], ',—–')
        && (n.open === att.end + 1 || (n.open === att.end + 2 && ['but', 'and'].includes(tokens[att.end + 1]!.lower)))
        || resumesAfter(tokens, q.close, n.open, att.cue));
      if (!broken && (ownAttribution[next] || attributionBefore(tokens, n)?.speaker || cuedLater(tokens, n, sentEnd[n.open]!))) break;
      // `"A," he said. But "B."`, `"A," Trump said. Instead, "B."`: a quote a word or two into the
      // next sentence goes on with the same statement; so does one the attribution runs straight into
      // (`"A," she said "B."`).
      const onward = !broken && !skipped.length && (leadsSentenceAfter(tokens, n, sentStart, [lastQ.close, att.cue.first])
        || (chain.length === 1 && !!ownAttribution[qi] && (n.open === att.cue.last || n.open === att.speaker?.last) && isCapitalized(tokens[n.first] ?? tokens[n.open]!)));
      if (broken || onward || startsSentence(tokens, n)) {
        chain.push(next);
        for (const k of skipped) used[k] = 1;
        skipped.length = 0;
      } else {
        skipped.push(next);
      }
    }
    for (const c of chain) used[c] = 1;
    usedCue[att.cue.first] = 1;
    const parts: Span[] = [];
    for (const c of chain) parts.push({ start: quoted[c]!.start, end: quoted[c]!.end });
    // `He said it was "closing really strong," Cruz said`: a quote inside its sentence is only part
    // of the content, which then runs from the start of the sentence.
    let start = inner ? tokens[inner.first]!.start : parts[0]!.start;
    if (ownAttribution[qi] && !inner && !attributionBefore(tokens, q) && q.open - sentStart[q.open]! <= WINDOW) {
      const s0 = sentStart[q.open]!;
      let words = 0;
      let marks = 0;
      for (let k = s0; k < q.open; k++) {
        if (tokens[k]!.kind === 'word') words++;
        else if (tokens[k]!.kind === 'mark') marks++;
      }
      if (words >= 2 && marks === 0 && !isPunct(tokens[q.open - 1], ':—–-')) start = tokens[s0]!.start;
    } else if (!ownAttribution[qi] && !inner && att.speaker && leadsInto(tokens, q, att.speaker, sentStart[q.open]!)) {
      start = tokens[sentStart[q.open]!]!.start;
    }
    found.push({ kind: 'direct', start, end: parts[parts.length - 1]!.end, parts, cue: att.cue, speaker: att.speaker, continues: att.continues, dropped: false });
  }

}

/** 2. Reported speech around the cues no direct quotation took. */
function reportedSpeechAround(scan: Scan): void {
  const { tokens, quoted, sentStart, sentEnd, inQuote, byOpen, used, usedCue, found, ownAttribution } = scan;
  const direct = found.slice().sort((a, b) => a.start - b.start);
  let lastIndirectEnd = -1;
  // 2. Reported speech around the remaining cues; quoted fragments inside it are part of it.
  for (let i = 0; i < tokens.length; i++) {
    if (inQuote[i]! >= 0 || usedCue[i] === 1 || tokens[i]!.kind !== 'word') continue;
    const cue = cueAt(tokens, i);
    if (!cue) continue;
    // A sentence is searched only near its cue, so a sentence without end stays linear.
    const r = reportedSpeech(tokens, cue, Math.max(sentStart[i]!, i - WINDOW), Math.min(sentEnd[i]!, i + 2 * WINDOW));
    if (!r || r.last <= r.first) continue;
    const start = tokens[r.first]!.start;
    // A naming ends with its quoted name (`described Clinton as a "disgrace" after she ...`).
    if (!r.trailing && !(cue.needsQuote && hasMark(tokens, r.first, r.last))) {
      const to = quotedRemainder(tokens, r.last, Math.min(sentEnd[i]!, i + 2 * WINDOW));
      if (to > r.last) r.last = to;
    }
    let end = tokens[r.last - 1]!.end;
    // A quotation opened inside the content runs to its closing mark, past sentence ends inside it.
    const tail = inQuote[r.last - 1]!;
    if (tail >= 0 && quoted[tail]!.end > end && quoted[tail]!.open >= r.first) end = quoted[tail]!.end;
    // A direct quote cued inside this content ("says Americans are "right," ... what she calls "real
    // solutions."") is a fragment of it; any other overlap means the cue belongs to that quote.
    if (start < lastIndirectEnd) continue;
    const overlapping = overlappingDirect(direct, start, end);
    // `"A," said Cordesman, who has advised McCain, ...`: a quote with its own attribution before
    // this cue keeps it; the later cue does not take the quote over.
    const cueStart = tokens[cue.first]!.start;
    const attributed = (f: Found): boolean => {
      const at = f.cue && !f.cue.needsQuote && f.speaker ? tokens[f.cue.first]!.start : -1;
      // Every comparison made each time: the later ones, made only for the rare quote that passed the
      // first, had no type feedback and sent this pass back to the interpreter when one did.
      const after = at > f.start;
      const inside = at >= start;
      const before = at < cueStart;
      return after && inside && before;
    };
    // `"A," said Driscoll, who said Sanders is best suited ... "B."`: a statement in a relative clause of
    // the narration between two quoted pieces stands beside the quotation around it.
    // Bounded: a cue at the first token has nothing before it (reading there sent this pass back to the interpreter).
    if (cue.first > 0 && tokens[cue.first - 1]!.lower === 'who' && overlapping.length === 1 && overlapping[0]!.start < start && overlapping[0]!.end > end
      && overlapping[0]!.parts.every((p) => p.end <= start || p.start >= end)) {
      usedCue[i] = 1;
      found.push({ kind: 'indirect', start, end, parts: [], cue, speaker: r.speaker, continues: r.continues, dropped: false });
      i = Math.max(cue.last, r.last) - 1;
      continue;
    }
    // "according to" names the source the attributed words come from and does take them over.
    if (cue.lemma !== 'according to' && overlapping.some(attributed)) continue;
    // The cue's position is read for every quote, not only past the first tests: read only for the rare
    // quote inside the content, it had no type feedback and sent this pass back to the interpreter.
    const outside = (f: Found): boolean => {
      const cueBefore = f.cue !== null && tokens[f.cue.first]!.start < start;
      return f.start < start || f.end > end || !f.cue || cueBefore;
    };
    if (overlapping.some(outside)) continue;
    for (const f of overlapping) f.dropped = true;
    for (let k = r.first; k < r.last; k++) if (inQuote[k]! >= 0) used[inQuote[k]!] = 1;
    usedCue[i] = 1;
    let last = end;
    if (r.trailing) {
      // "CONTENT, X says. "More quoted words."": the quote continues the content.
      let k = r.last;
      while (k < tokens.length && k - r.last < WINDOW && tokens[k]!.kind !== 'mark' && tokens[k]!.kind !== 'break' && !isPunct(tokens[k], '.!?;')) k++;
      const next = quoteAfterClause(tokens, byOpen, k);
      if (next >= 0 && !used[next] && !ownAttribution[next] && !attributionBefore(tokens, quoted[next]!)) { last = quoted[next]!.end; used[next] = 1; }
    } else if (r.speaker && cue.cls === 'speech' && r.last < tokens.length && isPunct(tokens[r.last], '.!?')) {
      // `she said they had made progress. "I really believe ..."`: an unattributed quote right after
      // the reported statement goes on with it.
      const next = byOpen.get(r.last + 1) ?? -1;
      if (next >= 0 && !used[next] && !ownAttribution[next] && !attributionBefore(tokens, quoted[next]!) && quoted[next]!.close >= 0) { last = quoted[next]!.end; used[next] = 1; }
    }
    found.push({ kind: 'indirect', start, end: last, parts: [], cue, speaker: r.speaker, continues: r.continues, dropped: false });
    // Attributions are not nested in news annotation: cues inside this content are part of it.
    i = Math.max(cue.last, r.last) - 1;
    lastIndirectEnd = Math.max(lastIndirectEnd, end);
  }

}

/** 3. Quoted paragraphs that continue the quotation before them. */
function continuedParagraphs(scan: Scan): void {
  const { tokens, quoted, para, used, found } = scan;
  // 3. A quoted paragraph with no attribution of its own continues the quotation of the paragraph
  // before it ("...," Trump said.\n\n"I'm very disappointed ...").
  const kept = found.filter((f) => !f.dropped).sort((a, b) => a.end - b.end);
  found.length = 0;
  found.push(...kept);
  const paraOfChar = (pos: number): number => para[tokenAt(tokens, pos)]!;
  for (let qi = 0; qi < quoted.length; qi++) {
    if (used[qi]) continue;
    const q = quoted[qi]!;
    const atParagraphStart = q.open === 0 || tokens[q.open - 1]!.kind === 'break';
    if (!atParagraphStart || attributionBefore(tokens, q)) continue;
    const prev = lastEndingBefore(found, q.start);
    if (!prev) continue;
    const lastPara = Math.max(paraOfChar(prev.end - 1), prev.cue ? para[prev.cue.first]! : 0);
    if (lastPara !== para[q.open]! - 1) continue;
    // `"Sons of Trump" is an adaptation ...`: a quoted title inside a sentence continues nothing.
    const after = q.close >= 0 ? tokens[q.close + 1] : undefined;
    if (after?.kind === 'word' && !isCapitalized(after) && !cueAt(tokens, q.close + 1)) continue;
    prev.end = q.end;
    if (prev.kind === 'direct') prev.parts.push({ start: q.start, end: q.end });
    used[qi] = 1;
  }

}

function hasMark(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'mark') return true;
  return false;
}

/** Index of the token holding character `pos` (binary search). */
function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The quotation ending last at or before `pos`; `found` is sorted by end (extending one keeps the order
 * because quotes are visited in text order and a quote never starts inside a found quotation; a "who said"
 * statement inside a quotation ends before it, so the quotation still ends last). */
function lastEndingBefore(found: readonly Found[], pos: number): Found | null {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (found[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? found[lo - 1]! : null;
}

/** Direct quotations overlapping [start, end): `sorted` is ordered by start and its spans do not overlap. */
function overlappingDirect(sorted: readonly Found[], start: number, end: number): Found[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Found[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < end; i++) if (!sorted[i]!.dropped && sorted[i]!.end > start) out.push(sorted[i]!);
  return out;
}

function resolveSpeakers(text: string, entities: readonly Entity[], tokens: readonly Token[], found: Found[]): EngineQuote[] {
  const resolver = new SpeakerResolver(text, entities);
  found.sort((a, b) => (a.cue ? tokens[a.cue.first]!.start : a.start) - (b.cue ? tokens[b.cue.first]!.start : b.start));
  const out: EngineQuote[] = [];
  let last: Speaker | null = null;
  for (const f of found) {
    let speaker: Speaker | null = null;
    if (f.speaker) {
      const start = tokens[f.speaker.first]!.start;
      const end = tokens[f.speaker.last - 1]!.end;
      const ante = f.speaker.antecedent;
      const resolved = ante ? resolver.resolve(tokens[ante.first]!.start, tokens[ante.last - 1]!.end) : resolver.resolve(start, end);
      const words = text.slice(start, end);
      speaker = { text: words, start, end, entity: resolved.entity?.id ?? null, name: resolved.name };
    } else if (f.continues && last) {
      const prev: Speaker = last;
      speaker = { ...prev };
    }
    if (speaker) last = speaker;
    const cue = f.cue ? { text: text.slice(tokens[f.cue.first]!.start, tokens[f.cue.last - 1]!.end), start: tokens[f.cue.first]!.start, end: tokens[f.cue.last - 1]!.end } : null;
    const quote: EngineQuote = { kind: f.kind, text: text.slice(f.start, f.end), start: f.start, end: f.end, cue, speaker };
    if (f.parts.length > 1) quote.parts = f.parts.map((p) => ({ ...p, text: text.slice(p.start, p.end) }));
    out.push(quote);
  }
  return out.sort((a, b) => a.start - b.start);
}
