// Reported speech: SPEAKER CUE (that) CONTENT, CONTENT, SPEAKER CUE / CONTENT, CUE SPEAKER,
// X, SPEAKER CUE, Y (parenthetical) and "according to SPEAKER".
import type { Cue } from './cues.js';
import { cueAt } from './cues.js';
import { isContinuing } from './direct.js';
import type { SpeakerRange } from './speaker.js';
import { sentenceSubject, speakerAfter, speakerBefore, speakerRange } from './speaker.js';
import type { Token } from './tokens.js';
import { isCapitalized } from './tokens.js';
import { BRIDGE, DETERMINERS, PRONOUNS, SENTENCE_ADVERBS, TIME_WORDS } from './words.js';

export interface Reported {
  cue: Cue;
  speaker: SpeakerRange | null;
  continues: boolean;
  /** Token range [first, last) of the reported content. */
  first: number;
  last: number;
  /** CONTENT, SPEAKER CUE: the clause ends at the cue's clause (a quote may follow and continue it). */
  trailing: boolean;
}

const isPunct = (t: Token | undefined, chars: string): boolean => t?.kind === 'punct' && chars.includes(t.text);
/** The lower-cased word at k, or '' past either end (a read there sent the rules back to the interpreter). */
const wordAt = (tokens: readonly Token[], k: number): string => (k >= 0 && k < tokens.length ? tokens[k]!.lower : '');
const isEnd = (t: Token | undefined): boolean => !t || t.kind === 'break' || isPunct(t, '.!?;');
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s", 'to', 'get', 'got']);
// Verbs whose object (the addressee) comes before the content: "told reporters that ...".
const ADDRESSEE = new Set(['tell', 'inform', 'advise', 'ask', 'urge', 'warn', 'remind', 'assure', 'call']);
// Verbs whose content may be an infinitive: "promised to ...", "urged Congress to ...".
const TAKES_TO = new Set(['promise', 'urge', 'pledge', 'vow', 'ask', 'call', 'warn', 'tell', 'threaten', 'demand',
  'claim', 'deny', 'agree', 'announce', 'say']);
// A content cannot start with these: the cue was a noun or took a plain object.
const NOT_CONTENT_START = new Set(['before', 'of', 'by', 'for', 'with', 'from', 'into', 'at', 'about', 'as', 'and', 'or', 'but',
  'than', 'to', 'upon', 'against', 'so', 'up', 'off', 'out', 'over', 'back', 'down']);
const CONTINUERS = new Set(['adding', 'saying', 'noting', 'explaining', 'arguing', 'according', 'insisting',
  'warning', 'claiming', 'telling', 'stating', 'calling', 'suggesting', 'asking', 'writing', 'referring', 'citing',
  'prompting', 'despite']);
const POSSESSIVE = /['’]s$/u;
const SUBORDINATORS = new Set(['as', 'after', 'when', 'while', 'although', 'though', 'because', 'if', 'since', 'despite', 'having', 'before', 'once', 'until', 'whereas', 'even']);
const CLAUSE_BREAKS = new Set(['while', 'though', 'although', 'whereas', 'who', 'which', 'as', 'often', 'ultimately', 'but']);
const isCueOrVerb = (t: Token | undefined): boolean => !!t && t.kind === 'word' && !isCapitalized(t)
  && cueAt([t], 0) !== null;
// Verbs that often take a plain object ("wrote a book", "claimed victory"): a determiner after them is no content.
const OBJECT_VERBS = new Set(['write', 'ask', 'post', 'tweet', 'declare', 'promise']);
const OBJECT_HEADS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these',
  'those', 'victory', 'credit', 'responsibility', 'several', 'some', 'many']);

/**
 * "that a pledge from China, which was afflicted with smog, would help ...", "plans to make the
 * shoal, an atoll it seized, into a fortress": a relative clause or apposition after
 * the comma at `comma` that closes with another comma and lets its sentence resume with a verb.
 */
function embeddedRelative(tokens: readonly Token[], comma: number, end: number): boolean {
  const rel = tokens[comma + 1]?.lower;
  if (rel !== 'who' && rel !== 'which' && rel !== 'a' && rel !== 'an') return false;
  for (let k = comma + 2; k < end && k - comma < 40; k++) {
    const t = tokens[k]!;
    if (t.kind === 'break' || t.kind === 'mark' || isPunct(t, '.;!?')) return false;
    if (!isPunct(t, ',')) continue;
    const n = tokens[k + 1];
    return !!n && n.kind === 'word' && !isCapitalized(n) && !/ing$/u.test(n.lower) && !CLAUSE_BREAKS.has(n.lower)
      && !DETERMINERS.has(n.lower) && !['and', 'or', 'but', 'nor', 'so', 'then'].includes(n.lower);
  }
  return false;
}

function opensAdverbial(tokens: readonly Token[], from: number): boolean {
  const k = tokens[from]?.lower === 'that' ? from + 1 : from;
  const w = tokens[k]?.lower ?? '';
  return SUBORDINATORS.has(w) || SETTING_PREPOSITIONS.has(w) || w === 'during';
}

/** A named subject at `at` ("the Association of Flight Attendants", "Sen. Okafor") followed by a speech cue that is no parenthetical. */
function subjectWithCue(tokens: readonly Token[], at: number, end: number): boolean {
  let k = at;
  if (tokens[k]?.lower === 'the') k++;
  const name = k;
  while (k < end && k - name < 8 && tokens[k]!.kind === 'word' && (isCapitalized(tokens[k]!) || (k > name && tokens[k]!.lower === 'of'))) k++;
  if (k === name || tokens[k - 1]!.lower === 'of') return false;
  // "Clinton's campaign contended": a possessive name with the noun it owns.
  if (POSSESSIVE.test(tokens[k - 1]!.lower)) for (let n = 0; n < 2 && k < end && tokens[k]!.kind === 'word' && !cueAt(tokens, k); n++) k++;
  const cue = cueAt(tokens, k);
  return !!cue && cue.cls === 'speech' && !isPunct(tokens[cue.last], ',');
}

// Conjunctions after which a subject with a speech cue starts a second report.
const REPORT_JOINS = new Set(['while', 'whereas', 'but', 'and']);

/** "he clarified", "she also said": a subject pronoun followed (past one adverb) by a speech cue. */
function pronounWithCue(tokens: readonly Token[], at: number): boolean {
  if (!['he', 'she', 'they', 'we', 'i'].includes(tokens[at]?.lower ?? '')) return false;
  const k = /ly$/u.test(tokens[at + 1]?.lower ?? '') || tokens[at + 1]?.lower === 'also' ? at + 2 : at + 1;
  const cue = cueAt(tokens, k);
  return !!cue && cue.cls === 'speech' && !cue.adjacentOnly;
}

// ", possibly providing ...": a hedged participle still belongs to the reported content.
const HEDGES = new Set(['possibly', 'probably', 'potentially', 'likely', 'presumably']);

// `saying, "That makes me smart," when Clinton blasted him`: a clause about when the words were said.
const TIME_CLAUSES = new Set(['until', 'after', 'before', 'once']);

/** "..., despite trailing in the polls": a concession after a comma still belongs to the reported clause. */
function concession(tokens: readonly Token[], comma: number): boolean {
  return isPunct(tokens[comma], ',') && tokens[comma + 1]?.lower === 'despite';
}

// "nearly", "just", "about" may stand before the compared figure.
const FIGURE_HEDGES = new Set(['the', 'nearly', 'just', 'about', 'only', 'almost', 'roughly', 'some', 'around']);

/** "compared with 64 percent", "compared to nearly four in 10": a comparison with another figure at `at`. */
function figureComparison(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'compared' || (tokens[at + 1]?.lower !== 'with' && tokens[at + 1]?.lower !== 'to')) return false;
  let k = at + 2;
  while (k < at + 4 && FIGURE_HEDGES.has(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  return !!t && (/^[\d$]/u.test(t.text) || /^(one|two|three|four|five|six|seven|eight|nine|half)$/u.test(t.lower));
}

/** Last token index (exclusive) of the content that starts at `from`, within the sentence ending at `end`. */
function contentEnd(tokens: readonly Token[], from: number, end: number, subordinate = false, breaks = true, breakFrom = from): number {
  let j = from;
  let inQuote = false;
  while (j < end) {
    const t = tokens[j]!;
    if (t.kind === 'break') break;
    if (t.kind === 'mark') inQuote = !inQuote;
    // A parenthetical attribution ("X, she said, Y") is inside the content: no break before its end.
    if (!breaks || j < breakFrom) { j++; continue; }
    // `she was "going to close the mines," while trying ...`: a quote closing on its comma ends the
    // content when the narration resumes after it.
    const after = tokens[j + 1];
    if (t.kind === 'mark' && !inQuote && isPunct(tokens[j - 1], ',') && j - from >= 4 && after?.kind === 'word' && !isCapitalized(after)
      && (/ing$/u.test(after.lower) || CLAUSE_BREAKS.has(after.lower) || TIME_CLAUSES.has(after.lower) || cueAt(tokens, j + 1) !== null
        // `said, "We'll see," when asked whether ...`; but `there remains a "difference," when it comes to ...` goes on.
        || (after.lower === 'when' && tokens[from]?.kind === 'mark'))) { j++; break; }
    if (isPunct(t, ',—–;') && CONTINUERS.has(tokens[j + 1]?.lower ?? '') && !concession(tokens, j)) break;
    // ", pointing to ...", ", implicitly putting ...", ", said he was ...", ", and reminded ...": the narration resumes;
    // ", including ..." only lists more of the content.
    const n = tokens[j + 1];
    // "46 percent say X, compared with 31 percent who ...": the poll's other figure is narration.
    const comparedAt = t.lower === 'compared' ? j : n?.lower === 'compared' && isPunct(t, ',') ? j + 1 : -1;
    if (comparedAt >= 0 && !inQuote && j - from >= 3 && figureComparison(tokens, comparedAt)) break;
    if (!inQuote && isPunct(t, ',') && j - from >= 4 && n?.kind === 'word' && !isCapitalized(n)
      && ((/ing$/u.test(n.lower) && n.lower !== 'including') || cueAt(tokens, j + 1) !== null || (/ly$/u.test(n.lower) && !HEDGES.has(n.lower) && /ing$/u.test(tokens[j + 2]?.lower ?? ''))
        || (n.lower === 'and' && /ed$/u.test(tokens[j + 2]?.lower ?? '')))) break;
    // "..., while Cruz said ...", "... and vowed to ...": a second clause with a subject or verb of its own.
    if (!inQuote && isPunct(t, ',;') && CLAUSE_BREAKS.has(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.lower !== 'well' && j - from >= 4
      // "..., but that he would not ...": a second "that" clause of the same report.
      && !(tokens[j + 1]!.lower === 'but' && tokens[j + 2]?.lower === 'that')
      && !embeddedRelative(tokens, j, end)) break;
    // "... and repeatedly says, ...": past a manner adverb too.
    const adverb = /ly$/u.test(tokens[j + 1]?.lower ?? '') && cueAt(tokens, j + 2)?.adjacentOnly === false;
    if (!inQuote && (t.lower === 'and' || t.lower === 'but') && j - from >= 4 && (isCueOrVerb(tokens[j + 1]) || adverb || ((PRONOUNS.has(tokens[j + 1]?.lower ?? '') || (tokens[j + 1]?.kind === 'word' && isCapitalized(tokens[j + 1]!))) && isCueOrVerb(tokens[j + 2])))) break;
    // "..., an acknowledgment that ...", "..., a swipe at ...": a noun phrase summing up the content.
    if (!inQuote && isPunct(t, ',') && j - from >= 6 && (n?.lower === 'a' || n?.lower === 'an') && tokens[j + 2]?.kind === 'word'
      && !embeddedRelative(tokens, j, end)) break;
    // `announcing the pick, the Association of Flight Attendants called ...`: a new subject with a cue of its own.
    // Not after an opening adverbial of the content ("that during the visit, President Erdogan reiterated ...").
    if (!inQuote && isPunct(t, ',') && j > from && !opensAdverbial(tokens, from) && subjectWithCue(tokens, j + 1, end)) break;
    // "... while Sanders suggests ...", "... but he clarified that ...": a conjunction opening a report of its own.
    if (!inQuote && j - from >= 4 && REPORT_JOINS.has(t.lower) && (subjectWithCue(tokens, j + 1, end) || pronounWithCue(tokens, j + 1))) break;
    // `suggested Mr. Trump had a fondness for brutal leaders - ''He would have loved Stalin,'' Mr. Biden
    // said - and ...`: a dash opening a quoted aside ends the reported clause.
    if (!inQuote && isPunct(t, '—–-') && j - from >= 3 && tokens[j + 1]?.kind === 'mark' && attributedAside(tokens, j + 1, end)) break;
    // "...; the Tax Foundation puts the figure at ...": a semicolon ends the reported clause.
    if (!inQuote && isPunct(t, ';') && j - from >= 3) break;
    // "..., and three-quarters said ...", "..., and has championed ...": a second clause of the narration.
    if (!inQuote && isPunct(t, ',') && j - from >= 4 && n?.lower === 'and' && !/^(that|also)$/u.test(tokens[j + 2]?.lower ?? '')
      && tokens[j + 2]?.kind === 'word') break;
    // "As Obama announces that ..., he is set to": the subordinate clause ends at its comma.
    if (!inQuote && isPunct(t, ',') && subordinate && j - from >= 3) break;
    j++;
  }
  while (j > from && (isPunct(tokens[j - 1], '.!?,;:—–') || tokens[j - 1]!.kind === 'break')) j--;
  return j;
}

/** The quote opening at `open` closes and is followed by its own attribution ("''...,'' Mr. Biden said"). */
function attributedAside(tokens: readonly Token[], open: number, end: number): boolean {
  let k = open + 1;
  while (k < end && k - open < 80 && tokens[k]!.kind !== 'mark' && tokens[k]!.kind !== 'break') k++;
  if (tokens[k]?.kind !== 'mark') return false;
  for (let c = k + 1; c < end && c - k <= 6; c++) {
    if (tokens[c]!.kind === 'mark' || tokens[c]!.kind === 'break' || isPunct(tokens[c], '.;!?—–-')) return false;
    if (cueAt(tokens, c)?.cls === 'speech') return true;
  }
  return false;
}

const PERIOD_NOUNS = new Set(['night', 'morning', 'afternoon', 'evening', 'week', 'weekend', 'month', 'year']);
const SETTING_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'after', 'before', 'from']);
const WHEN_WORDS = new Set(['today', 'tonight', 'yesterday', 'earlier', 'later', 'recently', 'last', 'this', 'also',
  'again', 'repeatedly', 'publicly', 'privately', 'previously', 'then', 'flatly', 'bluntly', 'once', 'often', 'now']);

/** Past the addressee of "told reporters", "told CNN's Jake Tapper", "told the Alder Courier", "warned him". */
function skipAddressee(tokens: readonly Token[], j: number, end: number): number {
  const start = j;
  if (j < end && ['the', 'a', 'an', 'his', 'her', 'their', 'its'].includes(tokens[j]!.lower)) j++;
  const name = j;
  while (j < end && j - name < 6 && tokens[j]!.kind === 'word' && (isCapitalized(tokens[j]!) || (j > name && POSSESSIVE.test(tokens[j - 1]!.lower)))) j++;
  if (j > name) return j;
  // One common noun or pronoun: "reporters", "the crowd", "him".
  const t = tokens[j];
  if (t && t.kind === 'word' && t.lower !== 'that' && t.lower !== 'to' && (j > start || BRIDGE.has(t.lower))) return j + 1;
  return start;
}

/** A plain lower-case word after a setting ("in an email response"): its noun phrase has not ended. */
function settingRunsOn(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.kind === 'word' && !isCapitalized(t) && t.lower !== 'that' && t.lower !== 'to'
    && !DETERMINERS.has(t.lower) && !PRONOUNS.has(t.lower) && !cueAt(tokens, k);
}

/** The "that" opening the content within a few words of `k` (or the token after a closing comma), or -1. */
function thatAhead(tokens: readonly Token[], k: number, end: number): number {
  for (let i = k; i < end && i - k <= 10; i++) {
    if (tokens[i]!.lower === 'that') return i;
    if (isPunct(tokens[i], ',') && i > k + 1) return i + 1;
    if (tokens[i]!.kind !== 'word') break;
  }
  return -1;
}

/** An infinitive within a few words ("urging people in the battleground state to register"). */
function toAhead(tokens: readonly Token[], k: number, end: number): boolean {
  for (let i = k; i < end && i - k <= 8 && tokens[i]!.kind === 'word'; i++) if (tokens[i]!.lower === 'to') return true;
  return false;
}

const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'did', 'does']);

/** Index of the first content token after the cue: past the addressee, time and setting, up to "that". */
function contentStart(tokens: readonly Token[], cue: Cue, end: number): number {
  const j0 = cue.last;
  // "told al-Alalam, that ..." / "said Monday that ...": look ahead a few tokens for "that".
  const told = cue.lemma === 'tell' || cue.lemma === 'assure' || cue.lemma === 'inform';
  for (let k = j0; k < end && k - j0 <= (told ? 14 : 10); k++) {
    const t = tokens[k]!;
    if (t.lower === 'that' && k > j0) return k;
    if (t.kind === 'mark' || isEnd(t) || (told && AUXILIARIES.has(t.lower))) break;
    // The addressee of "told" may be any one word ("told al-Alalam, that"); "telling customers at a
    // breakfast spot that" a whole phrase.
    const addressee = (k === j0 || told) && ADDRESSEE.has(cue.lemma) && t.lower !== 'that';
    if (t.kind === 'word' && !addressee && !isCapitalized(t) && !BRIDGE.has(t.lower) && !TIME_WORDS.has(t.lower)) break;
    if (t.kind === 'punct' && t.text !== ',') break;
  }
  let j = j0;
  // "asked for a photo", "argued for a new name": the preposition belongs to the cue.
  if ((cue.lemma === 'ask' || cue.lemma === 'argue') && tokens[j]?.lower === 'for') return j + 1;
  // "called on/for X to ...": the addressee belongs to the content.
  if (ADDRESSEE.has(cue.lemma) && cue.lemma !== 'call') j = skipAddressee(tokens, j, end);
  for (let guard = 0; j < end && guard < 4; guard++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    if (SETTING_PREPOSITIONS.has(t.lower)) {
      // "in a statement", "on CNN's State of the Union", "at a rally in Iowa": up to the next plain word.
      let k = j + 1;
      while (k < end && k - j < 8 && tokens[k]!.kind === 'word' && (BRIDGE.has(tokens[k]!.lower) || TIME_WORDS.has(tokens[k]!.lower) || isCapitalized(tokens[k]!) || POSSESSIVE.test(tokens[k]!.lower))) k++;
      if (k === j + 1) break;
      // "in the committee hearing,": a few plain words more up to the comma closing the setting.
      let c = k;
      while (c < end && c - k < 3 && tokens[c]!.kind === 'word' && !isCapitalized(tokens[c]!) && !cueAt(tokens, c)) c++;
      if (c > k && isPunct(tokens[c], ',')) k = c;
      else if (k === j + 2 && DETERMINERS.has(tokens[j + 1]!.lower) && settingRunsOn(tokens, k)) {
        // "said in an oral history of the years that ...": the setting's noun phrase goes on up to "that"
        // or a closing comma; "said after the convention he would ...": a pronoun opens the content;
        // "wrote in an email response to questions.", "at the outset - ...": no content.
        if (PRONOUNS.has(tokens[k + 1]?.lower ?? '')) return k + 1;
        const that = thatAhead(tokens, k, end);
        if (that >= 0) return that;
        if (!toAhead(tokens, k, end)) return end;
      }
      j = k;
    } else if ((WHEN_WORDS.has(t.lower) || /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u.test(t.text))
      // "call this the ...": "this" and "last" are times only before a period ("this week").
      && !((t.lower === 'this' || t.lower === 'last') && !PERIOD_NOUNS.has(tokens[j + 1]?.lower ?? ''))) {
      j++;
      if (j < end && PERIOD_NOUNS.has(tokens[j]!.lower)) j++;
    } else break;
  }
  return j;
}

/** "called him a political opportunist", "described the probe as a security review": naming in plain words. */
function namesWithoutQuotes(tokens: readonly Token[], cue: Cue, from: number, last: number): boolean {
  for (let i = from + 1; i < Math.min(last, from + 5); i++) {
    const w = tokens[i]!.lower;
    if (cue.lemma === 'describe' ? w === 'as' : (w === 'a' || w === 'an' || w === 'the')) return i + 1 < last;
  }
  return false;
}

const RELATIVE_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'had']);

/** "a claim that originated in ...", "a claim that is false": "that" is the subject of a relative clause, not the claim's content. */
function relativeThat(tokens: readonly Token[], verb: number): boolean {
  const t = tokens[verb];
  return !!t && t.kind === 'word' && (RELATIVE_VERBS.has(t.lower) || (/ed$/u.test(t.lower) && !isCapitalized(t)));
}

/** "Trump's claim that ...", "his call for ...": a reporting noun with its owner and its clause. */
function claimNoun(tokens: readonly Token[], cue: Cue, sentEnd: number): Reported | null {
  const word = tokens[cue.first]!.lower;
  const next = tokens[cue.last];
  if (!['claim', 'claims', 'call', 'calls', 'warning', 'warnings', 'promise', 'promises', 'assertion', 'insistence'].includes(word)) return null;
  if (next?.lower !== 'that' && !(word.startsWith('call') && next?.lower === 'for')) return null;
  if (next.lower === 'that' && relativeThat(tokens, cue.last + 1)) return null;
  const owner = tokens[cue.first - 1]!;
  const speaker = POSSESSIVE.test(owner.lower) || ['his', 'her', 'their', 'its'].includes(owner.lower) ? speakerRange(cue.first - 1, cue.first) : null;
  const first = next.lower === 'for' ? cue.last + 1 : cue.last;
  const last = contentEnd(tokens, first, sentEnd);
  return wordCount(tokens, first, last) >= 3 ? { cue, speaker, continues: false, first, last, trailing: false } : null;
}

// After a cue whose object is a preceding "which", no clause follows: a conjunction, a preposition or punctuation.
const AFTER_OBJECT = new Set(['and', 'or', 'but', 'under', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'about']);

/** "which he has denied and ...", "which Mr. Ailes denies, the talk ...": the cue's clause ends at `from`. */
function whichIsObject(tokens: readonly Token[], from: number, sentEnd: number): boolean {
  const t = tokens[from];
  // At the sentence end the clause is left alone (it names no content, as before).
  return from < sentEnd && !!t && (isPunct(t, ',—–-)') || (t.kind === 'word' && AFTER_OBJECT.has(t.lower)));
}

/** After a sentence-initial subordinate clause ("As China builds islands, it is his job, he said, ..."). */
function mainClauseStart(tokens: readonly Token[], sentStart: number, limit: number): number {
  if (!SUBORDINATORS.has(tokens[sentStart]?.lower ?? '')) return sentStart;
  for (let i = sentStart + 2; i < limit; i++) if (isPunct(tokens[i], ',')) return i + 1 < limit ? i + 1 : sentStart;
  return sentStart;
}

/** Whether the cue sits in a sentence-initial subordinate clause ("As Obama announces that ..., he ..."). */
function inSubordinate(tokens: readonly Token[], sentStart: number, cue: number): boolean {
  // The clause holding the cue opens at the sentence start or after its last comma before the cue;
  // "And while he said ...", "..., but while she said ...": past a leading conjunction.
  // A subordinate clause after a comma without the conjunction (", when she claimed ...") ends the sentence.
  let k = cue - 1;
  while (k > sentStart && !isPunct(tokens[k], ',')) k--;
  if (isPunct(tokens[k], ',')) k++;
  const joined = k < cue && (tokens[k]!.lower === 'and' || tokens[k]!.lower === 'but');
  if (joined) k++;
  return k < cue && (k === sentStart || joined) && SUBORDINATORS.has(tokens[k]!.lower);
}

/** Just past the first quoted stretch in [from, last) ("called the plan "a disaster" but ..."). */
function quotedEnd(tokens: readonly Token[], from: number, last: number): number {
  let open = -1;
  for (let i = from; i < last; i++) {
    if (tokens[i]!.kind !== 'mark') continue;
    if (open < 0) { open = i; continue; }
    // `a "train wreck" and "outsourcer in chief"`, `a "nasty guy," an "anchor baby"`: a list of names.
    let k = i + 1;
    // `a "pathological liar" who is ...`: a relative clause describes the name.
    if (tokens[k]?.lower === 'who') return last;
    const comma = isPunct(tokens[k], ',') || isPunct(tokens[i - 1], ',');
    if (isPunct(tokens[k], ',')) k++;
    if (tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or' || (comma && DETERMINERS.has(tokens[k]?.lower ?? ''))) {
      let m = k + 1;
      while (m < last && m - k <= 3 && tokens[m]!.kind === 'word') m++;
      if (tokens[m]?.kind === 'mark' && m < last) { open = m; i = m; continue; }
    }
    return i + 1;
  }
  return last;
}

/**
 * Where a naming's content ends: at its quoted name, or at the end of a phrase that goes on from it
 * (`called the agreement "an historic step forward" in global efforts to ...`), but not into a
 * clause of the narration after a conjunction, a comma or a dash.
 */
function namingEnd(tokens: readonly Token[], from: number, last: number): number {
  const q = quotedEnd(tokens, from, last);
  const next = tokens[q];
  const goesOn = q < last && next?.kind === 'word' && !isCapitalized(next) && !NARRATION_GOES_ON.has(next.lower)
    && tokens[q - 1]?.kind === 'mark' && !isPunct(tokens[q - 2], ',') && !settingAt(tokens, q, last);
  return goesOn ? last : Math.min(last, q);
}

const SETTING_NOUNS = new Set(['statement', 'interview', 'speech', 'rally', 'show', 'tweet', 'twitter', 'facebook', 'debate',
  'radio', 'television', 'tv', 'conference', 'letter', 'email', 'post', 'op-ed', 'column', 'video', 'program', 'podcast',
  'hearing', 'briefing', 'meeting', 'event', 'remarks', 'broadcast', 'appearance']);

/** "in a statement", "on his radio show": where the naming was said, not part of it. */
function settingAt(tokens: readonly Token[], at: number, last: number): boolean {
  if (!SETTING_PREPOSITIONS.has(tokens[at]!.lower)) return false;
  for (let k = at + 1; k < last && k - at <= 4; k++) if (SETTING_NOUNS.has(tokens[k]!.lower)) return true;
  return false;
}
const NARRATION_GOES_ON = new Set(['and', 'or', 'but', 'then', 'while', 'when', 'as', 'after', 'before', 'since', 'although', 'though']);

const wordCount = (tokens: readonly Token[], a: number, b: number): number => {
  let n = 0;
  for (let i = a; i < b; i++) if (tokens[i]!.kind === 'word') n++;
  return n;
};

const hasMark = (tokens: readonly Token[], a: number, b: number): boolean => {
  for (let i = a; i < b; i++) if (tokens[i]!.kind === 'mark') return true;
  return false;
};

const TIME_EXTRAS = new Set(['few', 'several', 'ago', 'later', 'afterward', 'hours', 'minutes', 'one', 'two', 'three',
  'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** "as Breitbart reported a few days later", "the Post reported ten days ago": a time, not a content. */
function onlyTime(tokens: readonly Token[], from: number, last: number): boolean {
  for (let i = from; i < last; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && !TIME_WORDS.has(t.lower) && !TIME_EXTRAS.has(t.lower) && !/^\d+$/u.test(t.text)) return false;
  }
  return true;
}

const QUANTIFIERS = new Set(['most', 'many', 'several', 'some', 'both', 'all', 'few', 'another', 'each', 'others', 'more']);

/** A noun use of the verb ("his claim", "the pledged delegates", "Trump’s warning"). */
function isNounUse(tokens: readonly Token[], cue: Cue): boolean {
  const prev = cue.first > 0 ? tokens[cue.first - 1] : undefined;
  if (!prev || prev.kind !== 'word') return false;
  // "He’s claiming" is a contraction, not a possessive.
  const contraction = /^(he|she|it|that|there|who|what|here)['’]s$/u.test(prev.lower);
  // "Most said", "Several told", "another argued": a quantifier is the subject of a verb form no noun has.
  if (QUANTIFIERS.has(prev.lower) && /(ed|said|told|wrote|say|tell)$/u.test(tokens[cue.first]!.lower)) return false;
  // "a letter from his doctor that says ...": a relative "that" after a word, before a verb form.
  if (prev.lower === 'that' && tokens[cue.first - 2]?.kind === 'word' && /(ed|said|says|told|tells|wrote|writes)$/u.test(tokens[cue.first]!.lower)) return false;
  // "who in 2010 said": a year with its preposition is a time, not a count ("3 reports").
  const year = /^\d{4}$/u.test(prev.text) && tokens[cue.first - 2]?.lower === 'in';
  return (DETERMINERS.has(prev.lower) && !PRONOUNS.has(prev.lower)) || (POSSESSIVE.test(prev.lower) && !contraction) || (/^\d/u.test(prev.text) && !year)
    || prev.lower === 'his' || prev.lower === 'her' || prev.lower === 'their' || prev.lower === 'its' || prev.lower === 'our';
}

/** The phrase ends in a name or pronoun ("Trump", "Sen. Ted Cruz (R-Texas)", "he"), not a common noun. */
function namesSomeone(tokens: readonly Token[], s: SpeakerRange): boolean {
  let last = s.last - 1;
  if (isPunct(tokens[last], ')')) while (last > s.first && !isPunct(tokens[last], '(')) last--;
  const t = tokens[isPunct(tokens[last], '(') ? last - 1 : last]!;
  return isCapitalized(t) || PRONOUNS.has(t.lower);
}

/**
 * `one lawmaker called Trump "the orange prince"`: an object between "called" and the quoted name
 * makes it a naming by the subject; a participle after a noun takes the name at once ("a group
 * called the "We The People Foundation"").
 */
function namesObject(tokens: readonly Token[], from: number): boolean {
  const head = tokens[from];
  if (!head || head.kind !== 'word') return false;
  const k = DETERMINERS.has(head.lower) && !PRONOUNS.has(head.lower) ? from + 1 : from;
  if (tokens[k]?.kind !== 'word') return false;
  // The quoted name follows a short object ("called the new law "much better"").
  for (let i = k + 1; i < tokens.length && i - k <= 4; i++) {
    if (tokens[i]!.kind === 'mark') return true;
    if (tokens[i]!.kind !== 'word') return false;
  }
  return false;
}

function validSpeaker(tokens: readonly Token[], s: SpeakerRange | null): SpeakerRange | null {
  if (!s) return null;
  const last = tokens[s.last - 1]!;
  // "Clinton, 35, ... said", "However, ... accused": a number or a sentence adverb names nobody.
  if (/^\d+$/u.test(last.text) || (s.last - s.first === 1 && SENTENCE_ADVERBS.has(last.lower))) return null;
  // "a pledged delegate", "the claim": an article cannot end a subject.
  if (last.lower === 'a' || last.lower === 'an' || last.lower === 'the' || last.lower === 'his' || last.lower === 'her' || last.lower === 'their' || last.lower === 'its') return null;
  return s;
}

/**
 * The reported content cued by `cue` in the sentence whose tokens are [sentStart, sentEnd).
 * Returns null when the cue heads no reported speech (passive "was told", infinitive "to say",
 * a noun "his claim", a bare "he said." without content).
 */
export function reportedSpeech(tokens: readonly Token[], cue: Cue, sentStart: number, sentEnd: number): Reported | null {
  // Bounded: a cue at the first token has no token before it (reading there sent this rule back to the interpreter).
  const prev = cue.first > 0 ? tokens[cue.first - 1] : undefined;
  // "reports", "states", "claims": nouns as often as verbs, so reported speech only with "that".
  // "stated that ..." is speech; "states" is too often the noun.
  // "stated" and "tweeted" with a clause that quotes the speaker ("Comey stated Clinton was "extremely careless"").
  const quotedVerb = (tokens[cue.first]!.lower === 'stated' || tokens[cue.first]!.lower === 'tweeted') && hasMark(tokens, cue.last, sentEnd);
  if (cue.adjacentOnly && !quotedVerb && ((cue.lemma === 'state' && tokens[cue.first]!.lower !== 'stated') || wordAt(tokens, contentStart(tokens, cue, sentEnd)) !== 'that')) return null;
  // "was told", "is said to" are passives; "is calling for" is not.
  const participle = /(ed|said|told|written|wrote)$/u.test(tokens[cue.first]!.lower);
  if (prev && PASSIVE.has(prev.lower) && participle && cue.lemma === 'ask') return askedClause(tokens, cue, sentEnd);
  // "went on to say" continues its subject; other infinitives ("refused to say") report nothing.
  const goesOn = !!prev && prev.lower === 'to' && cue.first >= 2 && tokens[cue.first - 2]!.lower === 'on';
  if (prev && PASSIVE.has(prev.lower) && (participle || prev.lower === 'to') && cue.lemma !== 'according to' && !goesOn) return null;
  if (cue.lemma === 'according to') return accordingTo(tokens, cue, sentStart, sentEnd);
  if (isNounUse(tokens, cue)) return claimNoun(tokens, cue, sentEnd);
  const continues = isContinuing(tokens, cue);
  // "Trump doubled down ... and said ...": the subject of the sentence speaks.
  const subject = continues && (!tokens[cue.first]!.lower.endsWith('ing') || tokens[sentStart]?.kind === 'word') ? sentenceSubject(tokens, sentStart, cue.first) : null;
  // "..., the race will be tight, said Dan Gerstein, a consultant.": after a comma, a name that ends
  // the sentence (or its own apposition) is the inverted speaker of what came before.
  const inverted = !continues && isPunct(prev, ',') && ['said', 'says'].includes(tokens[cue.first]!.lower) ? validSpeaker(tokens, speakerAfter(tokens, cue.last)) : null;
  const invertedEnds = !!inverted && (isEnd(tokens[inverted.last]) || inverted.last >= sentEnd || isPunct(tokens[inverted.last], ','));
  // `the police department, which reported "2,521 shooting incidents"`, `a firm which reported that ...`:
  // "which" is the subject of a cue whose content is a that-clause or quotes the speaker.
  // `a letter from his doctor that says he has "extraordinarily good health"`: so is a relative "that" after a noun.
  // '' without a token before: comparing a missing token's word sent this rule back to the interpreter.
  const prevLower = prev ? prev.lower : '';
  const relative = prevLower === 'which' || (prevLower === 'that' && tokens[cue.first - 2]?.kind === 'word' && !cueAt(tokens, cue.first - 2)
    && !DETERMINERS.has(tokens[cue.first - 2]!.lower) && !PRONOUNS.has(tokens[cue.first - 2]!.lower));
  const whichSays = !subject && !continues && relative && cue.cls === 'speech' && !cue.needsQuote
    && (tokens[cue.last]?.lower === 'that' || tokens[cue.last]?.kind === 'mark' || (prev!.lower === 'that' && hasMark(tokens, cue.last, Math.min(sentEnd, cue.last + 25))));
  const before = whichSays ? speakerRange(cue.first - 1, cue.first)
    : subject ?? (continues || invertedEnds ? null : validSpeaker(tokens, speakerBefore(tokens, cue.first, sentStart)));
  // "which he said would be ...", "what analysts said was ...", "who say ...": the content is outside the clause.
  const lead = before ? tokens[(before.antecedent ?? before).first - 1] : prev;
  if (lead && before && ['what', 'whom'].includes(lead.lower)) {
    // "what Newt Gingrich called "the loudest ... election"": the relative clause up to its quote is the content.
    const leadAt = (before.antecedent ?? before).first - 1;
    let k = cue.last;
    while (k < sentEnd && k - cue.last < 12 && tokens[k]!.kind !== 'mark' && !isEnd(tokens[k])) k++;
    const open = tokens[k]?.kind === 'mark' ? k : -1;
    let close = open + 1;
    while (open >= 0 && close < sentEnd && close - open < 80 && tokens[close]!.kind !== 'mark') close++;
    if (open < 0 || tokens[close]?.kind !== 'mark') return null;
    return { cue, speaker: before, continues: false, first: leadAt, last: close + 1, trailing: false };
  }
  if (lead && before && ['which', 'what'].includes(lead.lower)) {
    const leadAt = (before.antecedent ?? before).first - 1;
    const prep = tokens[leadAt - 1];
    if (!(prep && ['in', 'of', 'on', 'at', 'for', 'with', 'by'].includes(prep.lower))) {
      // "which Democrats say could be aiding Mr. Sanders": the relative clause is the content.
      const from = contentStart(tokens, cue, sentEnd);
      // "which he has denied and ...": "which" is the object of the cue and the whole content.
      if (lead.lower === 'which' && whichIsObject(tokens, from, sentEnd)) {
        return { cue, speaker: before, continues: false, first: leadAt, last: leadAt + 1, trailing: false };
      }
      const last = contentEnd(tokens, from, sentEnd);
      if (wordCount(tokens, from, last) < 2) return null;
      return { cue, speaker: before, continues: false, first: leadAt, last, trailing: false };
    }
  } else if (lead && ['which', 'what', 'who', 'whom', 'where'].includes(lead.lower)) return null;
  if (cue.lemma === 'ask' && tokens[cue.first]!.lower === 'asked' && (!prev || !isPunct(prev, ',') && prev.kind !== 'word' || prev.lower === 'when')) {
    // "Asked whether he was concerned ..., Ban demurred": the question is reported, its asker unnamed.
    return askedClause(tokens, cue, sentEnd);
  }
  if (prev && prev.lower === 'which' && !whichSays) return null;
  const start = contentStart(tokens, cue, sentEnd);
  const after = tokens[start];
  if (before || continues) {
    if (isPunct(after, ',') && before && isPunct(tokens[before.first - 1], ',') && before.first - 1 > sentStart && tokens[before.first - 1]?.lower !== 'as') {
      // Parenthetical "X, she said, Y": the whole sentence is the content.
      const first = mainClauseStart(tokens, sentStart, before.first - 1);
      // "X, Hollande said Tuesday, noting ...": the participle starts a statement of its own; X is the content.
      // So does a participle cue there (", recalling the time he ...").
      const next = tokens[start + 1]?.lower ?? '';
      const last = CONTINUERS.has(next) || (/ing$/u.test(next) && cueAt(tokens, start + 1)?.cls === 'speech') ? contentEnd(tokens, first, before.first - 1, false, false)
        : contentEnd(tokens, first, sentEnd, false, true, start + 1);
      if (wordCount(tokens, first, last) >= 5) return { cue, speaker: before, continues, first, last, trailing: false };
      return null;
    }
    // "as Comey noted, people involved ...": the content follows the parenthetical.
    const asClause = !!before && tokens[before.first - 1]?.lower === 'as' && isPunct(after, ',');
    // `When asked why, Tyler said, "We have three weeks to go" until the caucuses`: a quote after the comma.
    const quoteNext = tokens[start + 1]?.kind === 'mark';
    let from = isPunct(after, ',:') && (!before || before.first <= sentStart + 1 || continues || asClause || quoteNext) ? start + 1 : start;
    // `reported about an email ... "just to pick up two delegates"`, `responded with a piece entitled "..."`:
    // past the preposition, an object that quotes the speaker's words is what was said.
    if (before && (tokens[from]?.lower === 'about' || tokens[from]?.lower === 'with') && OBJECT_HEADS.has(tokens[from + 1]?.lower ?? '')
      && hasMark(tokens, from + 1, contentEnd(tokens, from + 1, sentEnd, false))) from++;
    const head = tokens[from];
    if (head && !isEnd(head) && head.kind !== 'punct' && !(NOT_CONTENT_START.has(head.lower) && !(head.lower === 'to' && TAKES_TO.has(cue.lemma)))) {
      let last = contentEnd(tokens, from, sentEnd, inSubordinate(tokens, sentStart, cue.first));
      if (cue.needsQuote) last = namingEnd(tokens, from, last);
      if (cue.lemma === 'ask' && tokens[from - 1]?.lower === 'about' && pronounTopic(tokens, from, last)) return null;
      const ok = wordCount(tokens, from, last) >= (hasMark(tokens, from, last) ? 2 : 3) && !onlyTime(tokens, from, last)
        // `tweeted an image of Clinton ... bearing the words "most corrupt candidate ever!"`: an object
        // that quotes the speaker's words is what was said.
        && !(OBJECT_VERBS.has(cue.lemma) && OBJECT_HEADS.has(head.lower) && !cue.needsQuote && cue.last - cue.first === 1 && !hasMark(tokens, from, last))
        // "a group called "X"" is a participle after a noun; "his doctor is calling him "fit"" is speech.
        && !(cue.needsQuote && tokens[cue.first]!.lower === 'called' && !(before && namesSomeone(tokens, before)) && !continues && !namesObject(tokens, from))
        && (!cue.needsThat || head.lower === 'that' || (quotedVerb && !!before && hasMark(tokens, from, last)))
        && (!cue.needsQuote || hasMark(tokens, from, last) || namesWithoutQuotes(tokens, cue, from, last));
      if (ok) return { cue, speaker: before, continues, first: from, last, trailing: false };
      return null;
    }
  }
  if (cue.needsQuote) return null;
  // Pattern: CONTENT, SPEAKER CUE. / CONTENT, CUE SPEAKER. / CONTENT, as SPEAKER reported.
  let tail = cue.last;
  let speaker = before;
  let comma = before ? before.first - 1 : -1;
  if (!before && isPunct(prev, ',')) {
    speaker = validSpeaker(tokens, speakerAfter(tokens, cue.last));
    if (speaker) { tail = speaker.last; comma = cue.first - 1; }
  }
  if (speaker && tokens[comma]?.lower === 'as' && isPunct(tokens[comma - 1], ',')) comma--;
  if (!speaker || !isPunct(tokens[comma], ',—–') || comma <= sentStart) return null;
  while (tail < sentEnd && tokens[tail]!.kind === 'word' && (TIME_WORDS.has(tokens[tail]!.lower) || BRIDGE.has(tokens[tail]!.lower) || isCapitalized(tokens[tail]!))) tail++;
  const endOk = tail >= sentEnd || isEnd(tokens[tail]) || tokens[tail]!.kind === 'mark'
    || isPunct(tokens[tail], ',');
  if (!endOk) return null;
  // Everything before the attribution is its content: no clause breaks inside it.
  const first = sentStart;
  const last = contentEnd(tokens, first, comma, false, false);
  if (wordCount(tokens, first, last) < 3) return null;
  return { cue, speaker, continues: false, first, last, trailing: true };
}

const COPULAS = new Set(['was', 'is', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'did', 'does']);

const MAX_SOURCE = 16;

/**
 * `according to officials`, `according to people familiar with the plan`, `according to early results
 * of exit polls`: a source without article or capital, up to the clause's next punctuation. One plain
 * word must be a plural ("according to plan" names no source).
 */
function plainSource(tokens: readonly Token[], from: number, sentEnd: number): SpeakerRange | null {
  let j = from;
  while (j < sentEnd && j - from < MAX_SOURCE && tokens[j]!.kind === 'word') j++;
  if (j === from || (j === from + 1 && !/[^s]s$/u.test(tokens[from]!.lower))) return null;
  return speakerRange(from, j);
}

// Words opening an apposition or relative clause about a source ("a pollster who ...", "who prosecuted ...").
const SOURCE_DESCRIPTIONS = new Set(['a', 'an', 'who', 'whom', 'whose', 'which', 'where', 'including']);
const describesSource = (t: Token): boolean => t.kind === 'word' && SOURCE_DESCRIPTIONS.has(t.lower);

function accordingTo(tokens: readonly Token[], cue: Cue, sentStart: number, sentEnd: number): Reported | null {
  const speaker = speakerAfter(tokens, cue.last) ?? plainSource(tokens, cue.last, sentEnd);
  if (!speaker) return null;
  // The comma that closes "according to X, ..." (past an apposition of at most a few words).
  let j = speaker.last;
  while (j < sentEnd && j - speaker.last < 12 && !isPunct(tokens[j], ',') && !isEnd(tokens[j])) j++;
  const after = isPunct(tokens[j], ',') ? j + 1 : -1;
  const leading = cue.first - sentStart;
  if (after > 0 && leading <= 1) {
    // "According to X, CONTENT."
    const last = contentEnd(tokens, after, sentEnd);
    return wordCount(tokens, after, last) >= 3 ? { cue, speaker, continues: false, first: after, last, trailing: false } : null;
  }
  // "CONTENT, according to X": the sentence before the cue, back over its punctuation.
  let before = cue.first;
  while (before > sentStart && isPunct(tokens[before - 1], ',—–(')) before--;
  const trailing: Reported = { cue, speaker, continues: false, first: sentStart, last: before, trailing: true };
  const tailEnd = after > 0 && isPunct(tokens[cue.first - 1], ',') ? contentEnd(tokens, after, sentEnd) : -1;
  const tailWords = tailEnd < 0 ? 0 : wordCount(tokens, after, tailEnd);
  if (tailWords >= 3) {
    // "In addition, according to X, CONTENT." / "At the heart of it, according to X, was ...".
    const resumes = tokens[after]!;
    const longLead = wordCount(tokens, sentStart, cue.first) > 3;
    // "..., according to the Conference, the policy-making arm of the courts." (an apposition of the
    // source), "..., according to Bill McInturff, a Republican pollster who ...", "..., according to
    // polls, where ..." (a description of it): not the sentence resuming.
    const aboutSource = describesSource(resumes) || (DETERMINERS.has(resumes.lower) && !PRONOUNS.has(resumes.lower) && tailWords <= 12);
    if (aboutSource && longLead) return trailing;
    // "Other cleavages, according to the poll, include ...": the sentence resumes with its verb.
    const verb = resumes.kind === 'word' && !isCapitalized(resumes) && !DETERMINERS.has(resumes.lower) && !PRONOUNS.has(resumes.lower);
    const whole = COPULAS.has(resumes.lower) || verb || longLead;
    const first = whole ? sentStart : after;
    return { cue, speaker, continues: false, first, last: tailEnd, trailing: false };
  }
  return wordCount(tokens, sentStart, before) >= 3 ? trailing : null;
}

const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'what', 'how', 'who', 'which', 'when', 'where', 'about']);

const TOPIC_PRONOUNS = new Set(['it', 'them', 'this', 'that']);

/** "asked about it during the debate", "asked about them in April": a pronoun topic reports no question. */
function pronounTopic(tokens: readonly Token[], first: number, last: number): boolean {
  if (!TOPIC_PRONOUNS.has(tokens[first]?.lower ?? '')) return false;
  const next = tokens[first + 1];
  return first + 1 >= last || !next || next.kind !== 'word' || SETTING_PREPOSITIONS.has(next.lower) || TIME_WORDS.has(next.lower);
}

function askedClause(tokens: readonly Token[], cue: Cue, sentEnd: number): Reported | null {
  let j = cue.last;
  // "Asked on Fox News who leads the party": past the setting to the question word.
  while (j < sentEnd && j - cue.last < 8 && !QUESTION_WORDS.has(tokens[j]!.lower) && tokens[j]!.kind === 'word') j++;
  if (!QUESTION_WORDS.has(tokens[j]?.lower ?? '')) return null;
  const first = tokens[j]!.lower === 'about' ? j + 1 : j;
  let last = first;
  while (last < sentEnd && !isPunct(tokens[last], ',;.?') && tokens[last]!.kind !== 'break') last++;
  if (pronounTopic(tokens, first, last)) return null;
  if (wordCount(tokens, first, last) < 2) return null;
  return { cue, speaker: null, continues: false, first, last, trailing: false };
}
