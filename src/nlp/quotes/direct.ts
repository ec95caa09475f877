// Attributions of quoted text: the cue and speaker right after the closing mark
// ("...," said the Iraqi president / "...," Talabani said) or right before the opening one
// (Talabani said: "..." / According to the paper, "...").
import type { Cue } from './cues.js';
import { cueAt } from './cues.js';
import type { Quoted } from './marks.js';
import type { SpeakerRange } from './speaker.js';
import { speakerAfter, speakerBefore, speakerRange } from './speaker.js';
import type { Token } from './tokens.js';
import { isCapitalized } from './tokens.js';
import { ADVERBS, BRIDGE, DETERMINERS, mannerAdverb, NP_STOPS, PRONOUNS, TIME_WORDS, WEEKDAYS } from './words.js';

export interface Attribution {
  cue: Cue;
  speaker: SpeakerRange | null;
  /** The speaker is the subject of an earlier clause (", adding ..."): reuse the last speaker. */
  continues: boolean;
  /** Token index right after the attribution clause. */
  end: number;
}

const MAX_ATTRIBUTION = 40;
const isWord = (t: Token | undefined): boolean => t?.kind === 'word';
const isPunct = (t: Token | undefined, chars: string): boolean => t?.kind === 'punct' && chars.includes(t.text);

/** A participle after a comma ("..., adding") continues the subject of the clause before. */
export function isContinuing(tokens: readonly Token[], cue: Cue): boolean {
  const t = tokens[cue.first]!;
  // "and has said", "but on Tuesday wrote": past auxiliaries, adverbs and a time to the conjunction.
  let k = cue.first - 1;
  while (k >= 0 && k > cue.first - 5 && tokens[k]!.kind === 'word' && (ADVERBS.has(tokens[k]!.lower) || WEEKDAYS.has(tokens[k]!.lower) || tokens[k]!.lower === 'on' || mannerAdverb(tokens[k]!))) k--;
  const prev = tokens[k]?.lower;
  if (prev === 'and' || prev === 'but' || prev === 'before' || prev === 'after' || prev === 'by') return true;
  // "went on to say", "going on to say".
  if (prev === 'to' && tokens[k - 1]?.lower === 'on') return true;
  // `of "New York values," saying ...`: the comma may sit inside the closing mark.
  // `- essentially conceding ...`: past a manner adverb.
  const b = cue.first > 0 && mannerAdverb(tokens[cue.first - 1]!) ? cue.first - 2 : cue.first - 1;
  const before = tokens[b]?.kind === 'mark' ? tokens[b - 1] : tokens[b];
  return t.lower.endsWith('ing') && isPunct(before, ',—–');
}

/** First token after the clause that holds the cue: a mark, a line break, . ; ! ? or a comma before a mark or participle. */
export function clauseEnd(tokens: readonly Token[], from: number): number {
  let j = from;
  while (j < tokens.length && j - from < 60) {
    const t = tokens[j]!;
    if (t.kind === 'mark' || t.kind === 'break' || isPunct(t, '.;!?:')) return j;
    if (isPunct(t, ',—–') && (tokens[j + 1]?.kind === 'mark' || tokens[j + 1]?.lower.endsWith('ing'))) return j;
    j++;
  }
  return j;
}

/**
 * Whether the cue after a quote attributes that quote rather than content of its own: not when it
 * introduces a clause ("He noted that ...", "Issa said Clinton's \"judgment\" ...") or the next
 * quote ("He added: \"...\"").
 */
function endsClause(tokens: readonly Token[], from: number, strict = false): boolean {
  let j = from;
  while (j < tokens.length && j - from < 6) {
    const t = tokens[j]!;
    if (t.kind === 'word' && (BRIDGE.has(t.lower) || TIME_WORDS.has(t.lower) || isCapitalized(t))) j++;
    else break;
  }
  const next = tokens[j];
  if (next && (next.lower === 'that' || (PRONOUNS.has(next.lower) && next.lower !== 'who' && next.lower !== 'one'))) return false;
  if (!next || next.kind !== 'word') return !isPunct(next, ':');
  // "said happily", "said, introducing", "said as the crowd cheered": the clause goes on without content.
  if (strict) return /(ly|ing)$/u.test(next.lower) || CLAUSE_OK.has(next.lower);
  return true;
}

/** A short quoted name after a possessive or article ("Fox News's "Sunday Morning Futures,""): a title. */
function isTitle(tokens: readonly Token[], q: Quoted): boolean {
  let words = 0;
  for (let i = q.first; i < q.last; i++) if (tokens[i]!.kind === 'word') words++;
  const before = q.open > 0 ? tokens[q.open - 1] : undefined;
  if (words <= 6 && before && (before.kind === 'word' || isPunct(before, ',')) && titleCase(tokens, q)) return true;
  const after = q.close >= 0 ? tokens[q.close + 1] : undefined;
  // `"Daily Show" host Trevor Noah`: a title-case name that modifies the plain noun after it.
  if (words <= 6 && after && after.kind === 'word' && !isCapitalized(after) && !CLAUSE_OK.has(after.lower) && !cueAt(tokens, q.close + 1)
    && !isPunct(tokens[q.last - 1], ',.!?') && titleCase(tokens, q)) return true;
  // `Rep. Robert C. "Bobby" Scott`: a nickname between the parts of a name.
  if (words <= 2 && before && after && isCapitalized(before) && isCapitalized(after) && isCapitalized(tokens[q.first]!)) return true;
  // `will play the "woman card," Fiorina said`: a lowercase quote ending on its comma after "the" ends a
  // quoted sentence; a title would keep its capitals.
  if (before && before.kind === 'word' && before.lower === 'the' && isPunct(tokens[q.last - 1], ',') && !titleCase(tokens, q)) return false;
  return words <= 5 && !!before && before.kind === 'word' && (/['’]s$/u.test(before.lower) || ['the', 'on', 'of', 'in', 'titled', 'called', 'named', 'show', 'program', 'book', 'film'].includes(before.lower));
}

const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'on', 'to', 'for', 'at', 'by', 'with', 'or']);
/** `''Make Your Kid a Millionaire,''`: every major word capitalised, as in a title. */
function titleCase(tokens: readonly Token[], q: Quoted): boolean {
  let major = 0;
  for (let i = q.first; i < q.last; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || MINOR_WORDS.has(t.text)) continue;
    if (!isCapitalized(t)) return false;
    major++;
  }
  return major >= 2;
}

const CLAUSE_OK = new Set(['as', 'while', 'when', 'after', 'before', 'and', 'but', 'because', 'since', 'who', 'in',
  'during', 'with', 'of', 'to', 'at', 'on', 'from', 'by', 'for', 'about', 'via', 'through', 'without', 'amid', 'until',
  'outside', 'inside', 'near', 'where', 'then', 'again', 'too', 'afterward', 'afterwards', 'later', 'earlier', 'though',
  'although', 'once', 'so', 'if', 'even', 'just', 'not', 'yet', 'still', 'here', 'there', 'now', 'recently', 'ago']);

/** The cue's clause ends with a comma or colon right before an opening mark. */
function introducesNext(tokens: readonly Token[], from: number): boolean {
  const end = clauseEnd(tokens, from);
  return isPunct(tokens[end], ',:') && tokens[end + 1]?.kind === 'mark' || tokens[end]?.kind === 'mark' && end === from;
}

/**
 * `The party's director said in a statement. "There are no ballots to recount."`: a sentence that
 * is only a speaker and a cue (with its setting) introduces the quote after it.
 */
function bareAttribution(tokens: readonly Token[], stop: number, open: number): Attribution | null {
  let j = stop - 1;
  while (j >= 0 && stop - j <= 8 && tokens[j]!.kind === 'word' && !cueAt(tokens, j)
    && (BRIDGE.has(tokens[j]!.lower) || TIME_WORDS.has(tokens[j]!.lower) || isCapitalized(tokens[j]!))) j--;
  const cue = cueAt(tokens, j);
  if (!cue || cue.cls !== 'speech' || cue.needsQuote || cue.lemma === 'according to' || cue.last > stop) return null;
  const speaker = speakerBefore(tokens, cue.first);
  if (!speaker) return null;
  // Nothing else in that sentence: no quote it could attribute, no other clause.
  for (let k = speaker.first - 1; k >= 0 && speaker.first - k <= 20; k--) {
    const t = tokens[k]!;
    if (t.kind === 'break' || isPunct(t, '.!?')) return { cue, speaker, continues: false, end: open };
    if (t.kind === 'mark' || isPunct(t, ';:') || cueAt(tokens, k)) return null;
  }
  return speaker.first <= 20 ? { cue, speaker, continues: false, end: open } : null;
}

/** The quote closing at `close` is a short fragment preceded by a word of the narration. */
function fragmentBefore(tokens: readonly Token[], close: number): boolean {
  for (let k = close - 1; k >= 0 && close - k <= 6; k--) {
    if (tokens[k]!.kind === 'break') return false;
    if (tokens[k]!.kind === 'mark') return tokens[k - 1]?.kind === 'word';
  }
  return false;
}

/** The quote opens its sentence: after . ! ? : a mark, a line break or the text start. */
function opensSentence(tokens: readonly Token[], q: Quoted): boolean {
  const prev = tokens[q.open - 1];
  return !prev || prev.kind === 'break' || prev.kind === 'mark' || isPunct(prev, '.!?:');
}

function startsSpeaker(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (isCapitalized(t) || PRONOUNS.has(t.lower) || DETERMINERS.has(t.lower) || t.lower === 'my' || t.lower === 'your');
}

export function attributionAfter(tokens: readonly Token[], q: Quoted): Attribution | null {
  if (q.close < 0 || isTitle(tokens, q)) return null;
  let k = q.close + 1;
  // "... a circus act." Of Carson, Levine said: a quote ending its sentence is not attributed by the next one.
  const lastContent = tokens[q.last - 1];
  if (lastContent && isPunct(lastContent, '.') && isCapitalized(tokens[k] ?? lastContent) && !cueAt(tokens, k)) {
    // `Trump said Clinton "caused death." Sanders called ...`: a quote inside its sentence ended that
    // sentence; the next one is not its attribution.
    if (q.open > 0 && tokens[q.open - 1]!.kind === 'word') return null;
    const n = tokens[k + 1];
    if (!n || !(cueAt(tokens, k + 1) || (isCapitalized(n) && cueAt(tokens, k + 2)))) return null;
  }
  if (isPunct(tokens[k], ',—–')) k++;
  const first = tokens[k];
  if (!first || first.kind !== 'word') return null;
  const inverted = cueAt(tokens, k);
  // `"...," state officials said`: the bare noun "state" is no inverted cue; "stated" and "states" are,
  // before a name (`the hacker known as "Guccifer," stated that ...` has its speaker before the quote).
  if (inverted && !isCapitalized(first) && first.lower !== 'state' && (inverted.lemma !== 'state' || isCapitalized(tokens[inverted.last] ?? first))) {
    const participle = tokens[inverted.first]!.lower.endsWith('ing');
    // `did not want to address "that person," telling Fox 35 that the group ...`: after a quoted
    // fragment inside the narration, a participle with content of its own starts a new statement.
    if (participle && q.open > 0 && tokens[q.open - 1]!.kind === 'word' && !endsClause(tokens, inverted.last, true)) return null;
    // ", adding that it's ...": a participle has no subject after it.
    const speaker = participle ? null : speakerAfter(tokens, inverted.last);
    if (!speaker && !isContinuing(tokens, inverted) && !endsClause(tokens, inverted.last)) return null;
    return { cue: inverted, speaker, continues: !speaker && isContinuing(tokens, inverted), end: clauseEnd(tokens, inverted.last) };
  }
  // "spokesman Alex Conant said": a lowercase title may lead the speaker's name.
  let lead = k;
  while (!startsSpeaker(tokens[lead]) && isWord(tokens[lead]) && lead - k < 3 && !NP_STOPS.has(tokens[lead]!.lower) && !cueAt(tokens, lead)) lead++;
  if (!startsSpeaker(tokens[lead]) || (lead > k && !isCapitalized(tokens[lead]!))) return null;
  for (let j = k + 1; j < tokens.length && j - k <= MAX_ATTRIBUTION; j++) {
    const t = tokens[j]!;
    if (t.kind === 'mark' || t.kind === 'break' || isPunct(t, '.;!?:')) return null;
    const cue = cueAt(tokens, j);
    if (!cue || cue.cls !== 'speech') continue;
    // "...," Issa said Clinton's "judgment" ...: a cue with content of its own attributes that content.
    // After a quote that ended its sentence the attribution must be a clause of its own.
    if (!endsClause(tokens, cue.last, isPunct(lastContent, '.'))) return null;
    // `"... found." He added, "In this case ..."`: after a finished sentence the cue introduces the next quote.
    if (isPunct(lastContent, '.') && introducesNext(tokens, cue.last)) return null;
    // `Remarking upon her "genuine empathy," Starr said, "Leave aside ..."`: a quoted fragment inside
    // the narration; the cue introduces the quote after it.
    if (introducesNext(tokens, cue.last) && !opensSentence(tokens, q) && q.last - q.first <= 5) return null;
    // `"A," Blige sings to Clinton before asking her, "B"`: a participle cue introduces the quote after it.
    if (j > k && tokens[j]!.lower.endsWith('ing') && introducesNext(tokens, cue.last)) return null;
    const speaker = speakerBefore(tokens, j, k) ?? speakerRange(k, j);
    return { cue, speaker, continues: false, end: clauseEnd(tokens, cue.last) };
  }
  return null;
}

/**
 * `said the "extraordinary measures" she had used`, `lamented the "disheartened" state of`: a few
 * quoted words after an article, with the sentence going on in lower case, are a phrase of the narration.
 */
function phraseInNarration(tokens: readonly Token[], q: Quoted): boolean {
  const before = tokens[q.open - 1];
  const after = q.close >= 0 ? tokens[q.close + 1] : undefined;
  if (!before || !after || after.kind !== 'word' || isCapitalized(after) || q.last - q.first > 6) return false;
  return before.lower === 'the' || before.lower === 'a' || before.lower === 'an';
}

export function attributionBefore(tokens: readonly Token[], q: Quoted): Attribution | null {
  let p = q.open - 1;
  let colon = false;
  // "Cruz continued:\n\n“You look at ...”": a colon may end the paragraph before the quote.
  if (tokens[p]?.kind === 'break') {
    while (tokens[p]?.kind === 'break') p--;
    if (!isPunct(tokens[p], ':')) return null;
  }
  // A quote followed by more words of its sentence is a fragment of reported speech, not the content.
  const after = q.close >= 0 ? tokens[q.close + 1] : undefined;
  // `wrote to his followers, "It's time to go," and shared a link`: a whole quoted sentence may be
  // followed by the next verb of the narration.
  const whole = isPunct(tokens[q.last - 1], ',') && !!tokens[q.first] && isCapitalized(tokens[q.first]!) && ['and', 'but', 'before', 'then'].includes(after?.lower ?? '');
  if (after && after.kind === 'word' && !isCapitalized(after) && !cueAt(tokens, q.close + 1) && !PRONOUNS.has(after.lower) && !whole) return null;
  if (phraseInNarration(tokens, q)) return null;
  if (isPunct(tokens[p], '.')) return bareAttribution(tokens, p, q.open);
  let comma = false;
  if (isPunct(tokens[p], ':')) { colon = true; p--; }
  else if (isPunct(tokens[p], ',—–')) { comma = true; p--; }
  if (tokens[p]?.lower === 'that' || tokens[p]?.lower === 'as') p--;
  for (let j = p; j >= 0 && p - j <= (colon ? 24 : 8); j--) {
    const t = tokens[j]!;
    if (t.kind === 'mark' || t.kind === 'break' || isPunct(t, '.;!?')) return null;
    // "according to" is found from its first word.
    const cue = cueAt(tokens, j) ?? (t.lower === 'to' ? cueAt(tokens, j - 1) : null);
    if (!cue) {
      // Between the cue and the quote only an addressee, a time or a setting ("told CNN on Sunday:").
      // After a comma a few more words may intervene ("said about the movement, ...").
      if (!colon && !(comma && p - j < 5) && t.kind === 'word' && !isCapitalized(t) && !BRIDGE.has(t.lower) && !TIME_WORDS.has(t.lower)) return null;
      continue;
    }
    if (cue.needsQuote) return null;
    // `He said American Jews "know all too well ..."`: a name after "said" (not an addressee of
    // "told") is the subject of the reported clause, and the quote only its end.
    const subject = tokens[cue.last];
    if (!colon && !comma && cue.last <= p && subject && isCapitalized(subject) && !TIME_WORDS.has(subject.lower)
      && !['tell', 'ask', 'warn', 'urge', 'inform', 'advise', 'remind', 'assure', 'according to'].includes(cue.lemma)) return null;
    if (cue.adjacentOnly && !colon && cue.last <= p) {
      // "posted" or "continued" cue a quote only right before it or before a colon.
      if (cue.last !== p + 1) continue;
    }
    if (cue.lemma === 'according to') {
      return { cue, speaker: speakerAfter(tokens, cue.last), continues: false, end: q.open };
    }
    if (isContinuing(tokens, cue)) return { cue, speaker: null, continues: true, end: q.open };
    let speaker = speakerBefore(tokens, cue.first);
    // `"...," Weiner said on the podcast "Here's the Thing."`: that cue attributes the quote before it.
    // Unless that quote was a fragment inside the narration ("Remarking upon her "empathy," Starr said, "...").
    const at = speaker ? speaker.first : 0;
    const closing = tokens[at - 1]?.kind === 'mark' ? at - 1 : isPunct(tokens[at - 1], ',') && tokens[at - 2]?.kind === 'mark' ? at - 2 : -1;
    if (speaker && !colon && closing >= 0 && !fragmentBefore(tokens, closing)) return null;
    if (speaker) return { cue, speaker, continues: false, end: q.open };
    if (!isCapitalized(tokens[cue.first - 1] ?? t)) {
      // "Said Trump: ..." / "asked about it, he said: ..." / inverted "said the mayor,".
      speaker = speakerAfter(tokens, cue.last);
      if (speaker && TIME_WORDS.has(tokens[speaker.first]!.lower)) speaker = null;
    }
    return { cue, speaker, continues: !speaker, end: q.open };
  }
  return null;
}
