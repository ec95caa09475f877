// Reported speech: SPEAKER CUE (that) CONTENT, CONTENT, SPEAKER CUE / CONTENT, CUE SPEAKER,
// SPEAKER, CUE, CONTENT (parenthetical) and "according to SPEAKER".
import type { Cue } from './cues.js';
import { isContinuing } from './direct.js';
import type { SpeakerRange } from './speaker.js';
import { speakerAfter, speakerBefore } from './speaker.js';
import type { Token } from './tokens.js';
import { isCapitalized } from './tokens.js';
import { BRIDGE, TIME_WORDS } from './words.js';

export interface Reported {
  cue: Cue;
  speaker: SpeakerRange | null;
  continues: boolean;
  /** Token range [first, last) of the reported content. */
  first: number;
  last: number;
}

const isPunct = (t: Token | undefined, chars: string): boolean => t?.kind === 'punct' && chars.includes(t.text);
const isEnd = (t: Token | undefined): boolean => !t || t.kind === 'break' || isPunct(t, '.!?;');
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s", 'to']);
// Verbs whose object (the addressee) comes before the content: "told reporters that ...".
const ADDRESSEE = new Set(['tell', 'inform', 'advise', 'ask', 'urge', 'warn', 'remind', 'assure', 'call']);
const CONTINUERS = new Set(['adding', 'saying', 'noting', 'explaining', 'arguing', 'according', 'insisting',
  'warning', 'claiming', 'telling', 'stating', 'calling', 'suggesting', 'asking', 'writing']);

/** Last token index (exclusive) of the content that starts at `from`, within the sentence ending at `end`. */
function contentEnd(tokens: readonly Token[], from: number, end: number): number {
  let j = from;
  while (j < end) {
    const t = tokens[j]!;
    if (t.kind === 'break') break;
    if (isPunct(t, ',—–;') && CONTINUERS.has(tokens[j + 1]?.lower ?? '')) break;
    j++;
  }
  while (j > from && (isPunct(tokens[j - 1], '.!?,;:—–') || tokens[j - 1]!.kind === 'break')) j--;
  return j;
}

/** Index of the first content token after the cue: past the addressee, time and setting, up to "that". */
function contentStart(tokens: readonly Token[], cue: Cue, end: number, lemma: string): number {
  let j = cue.last;
  // "told al-Alalam, that ..." / "said Monday that ...": look ahead a few tokens for "that".
  for (let k = j; k < end && k - j <= 10; k++) {
    const t = tokens[k]!;
    if (t.lower === 'that' && k > j) return k;
    if (t.kind === 'mark' || isEnd(t)) break;
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '.' && t.text !== '’' && t.text !== "'") break;
  }
  if (ADDRESSEE.has(lemma)) {
    // The addressee: a name or a short noun phrase.
    while (j < end && (isCapitalized(tokens[j]!) || BRIDGE.has(tokens[j]!.lower)) && j - cue.last < 8) j++;
  }
  while (j < end && (TIME_WORDS.has(tokens[j]!.lower) || BRIDGE.has(tokens[j]!.lower)) && j - cue.last < 10) {
    // Stop before a capitalised word that starts the content itself ("said Iraq wanted ...").
    j++;
  }
  if (isPunct(tokens[j], ',:')) j++;
  return j;
}

/**
 * The reported content cued at `cueTok`, in the sentence whose tokens are [sentStart, sentEnd).
 * Returns null when the cue heads no reported speech (passive "was told", infinitive "to say",
 * a bare "he said." without content).
 */
export function reportedSpeech(tokens: readonly Token[], cue: Cue, sentStart: number, sentEnd: number): Reported | null {
  const prev = tokens[cue.first - 1];
  if (cue.adjacentOnly) return null;
  if (prev && PASSIVE.has(prev.lower) && cue.lemma !== 'according to') return null;
  if (cue.lemma === 'according to') return accordingTo(tokens, cue, sentStart, sentEnd);
  const continues = isContinuing(tokens, cue);
  const before = continues ? null : speakerBefore(tokens, cue.first, sentStart);
  // Pattern: SPEAKER CUE (that) CONTENT.
  const start = contentStart(tokens, cue, sentEnd, cue.lemma);
  const after = tokens[start];
  if ((before || continues) && after && !isEnd(after) && after.kind !== 'mark') {
    const last = contentEnd(tokens, start, sentEnd);
    const words = tokens.slice(start, last).filter((t) => t.kind === 'word').length;
    if (words >= 3 && !isPunct(tokens[cue.first - 1], ',') || (words >= 3 && continues)) {
      return { cue, speaker: before, continues, first: start, last };
    }
    if (words >= 3 && before && isPunct(tokens[before.first - 1], ',')) {
      // Parenthetical "X, she said, Y": the whole sentence is the content.
      return { cue, speaker: before, continues, first: sentStart, last: contentEnd(tokens, sentStart, sentEnd) };
    }
  }
  // Pattern: CONTENT, SPEAKER CUE. / CONTENT, CUE SPEAKER.
  let tail = cue.last;
  let speaker = before;
  let comma = before ? before.first - 1 : -1;
  if (!before && isPunct(prev, ',')) {
    speaker = speakerAfter(tokens, cue.last);
    if (speaker) { tail = speaker.last; comma = cue.first - 1; }
  }
  if (!speaker || !isPunct(tokens[comma], ',') || comma <= sentStart) return null;
  while (tail < sentEnd && (TIME_WORDS.has(tokens[tail]!.lower) || BRIDGE.has(tokens[tail]!.lower) || isCapitalized(tokens[tail]!))) tail++;
  if (!isEnd(tokens[tail]) && !(isPunct(tokens[tail], ',') && CONTINUERS.has(tokens[tail + 1]?.lower ?? ''))) {
    if (tail < sentEnd) return null;
  }
  const last = contentEnd(tokens, sentStart, comma);
  const words = tokens.slice(sentStart, last).filter((t) => t.kind === 'word').length;
  if (words < 3) return null;
  return { cue, speaker, continues: false, first: sentStart, last };
}

function accordingTo(tokens: readonly Token[], cue: Cue, sentStart: number, sentEnd: number): Reported | null {
  const speaker = speakerAfter(tokens, cue.last);
  if (!speaker) return null;
  // "According to X, CONTENT." or "CONTENT, according to X."
  if (cue.first <= sentStart + 1 || isPunct(tokens[cue.first - 1], '(') ) {
    let j = speaker.last;
    while (j < sentEnd && !isPunct(tokens[j], ',')) j++;
    const first = j + 1;
    const last = contentEnd(tokens, first, sentEnd);
    return last - first >= 3 ? { cue, speaker, continues: false, first, last } : null;
  }
  let last = cue.first;
  while (last > sentStart && isPunct(tokens[last - 1], ',—–(')) last--;
  return last - sentStart >= 3 ? { cue, speaker, continues: false, first: sentStart, last } : null;
}
