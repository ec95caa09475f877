// Reporting verbs of news text: which word forms can cue a quotation, and how they behave.
import type { Token } from './tokens.js';
import { WordSlots } from '../word-slots.js';

/** speech: the verb reports words; other: a stance or act of communication that is still attributed. */
export type CueClass = 'speech' | 'other';

// Base forms with their irregular forms; regular -s/-ed/-ing forms are generated below.
const SPEECH = `say:said tell:told add ask state write:wrote:written argue claim explain note announce insist warn
  tweet recall suggest acknowledge admit declare reply respond report predict promise describe urge deny confirm
  complain assert contend stress emphasize observe remark comment concede caution boast joke quip testify shout
  yell exclaim whisper mutter demand vow allege accuse charge estimate speculate repeat reiterate
  acknowledge point:pointed announce counter retort scoff lament muse wonder answer inform advise
  proclaim insist conclude mention continue tweet post call`;
// Cues that only count when they sit next to a quotation or a colon ("Cruz continued: ...").
const ADJACENT_ONLY = new Set(['continue', 'post', 'answer', 'wonder', 'muse', 'conclude', 'mention', 'point', 'repeat']);
// Stance verbs that news attributions also carry; used for reported speech only.
const OTHER = `believe think criticize criticise blast slam praise blame reject dismiss defend
  propose question attack recommend`;

// Verbs that take a plain object or "to" as often as a clause: reported speech only with "that".
const NEEDS_THAT = new Set(['respond', 'reply', 'answer', 'observe', 'remark', 'comment', 'joke', 'quip', 'shout',
  'yell', 'whisper', 'mutter', 'demand', 'repeat', 'charge', 'counter', 'lament', 'inform', 'advise',
  'testify', 'post', 'tweet']);

interface CueWord {
  lemma: string;
  cls: CueClass;
  adjacentOnly: boolean;
  /** Stance verbs cue reported speech only with a "that" clause ("believes that ..."). */
  needsThat: boolean;
  /** Naming verbs ("called the plan \"a disaster\"") cue speech only around a quoted word. */
  needsQuote: boolean;
}

const LEXICON = new Map<string, CueWord>();

function inflect(base: string): string[] {
  const stem = base.replace(/e$/, '');
  const last = base.at(-1)!;
  const forms = [base, `${base}s`, `${base}es`, `${base}d`, `${base}ed`, `${stem}ing`, `${base}ing`];
  if (/[^aeiou][aeiou][bdgmnpt]$/.test(base)) forms.push(`${base}${last}ed`, `${base}${last}ing`);
  if (/[^aeiou]y$/.test(base)) forms.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`);
  return forms;
}

function addAll(list: string, cls: CueClass): void {
  for (const entry of list.split(/\s+/).filter(Boolean)) {
    const [base, ...irregular] = entry.split(':') as [string, ...string[]];
    const info: CueWord = { lemma: base, cls, adjacentOnly: ADJACENT_ONLY.has(base), needsThat: cls === 'other' || NEEDS_THAT.has(base), needsQuote: base === 'describe' };
    for (const f of [...inflect(base), ...irregular]) if (!LEXICON.has(f)) LEXICON.set(f, info);
  }
}
addAll(SPEECH, 'speech');
addAll(OTHER, 'other');
// Forms that are more often something else ("states", "posted", "charged with", "notes" as a noun).
for (const w of ['states', 'stated', 'notes', 'charge', 'charges', 'charged', 'reports', 'report', 'post', 'posts',
  'posted', 'points', 'pointed', 'point', 'answer', 'answers', 'comment', 'comments', 'tweet', 'tweets', 'estimate',
  'estimates', 'estimated', 'demand', 'demands', 'stress', 'caution', 'claims', 'pledge', 'promise', 'vow', 'reply',
  'warning', 'continuing', 'statement', 'remarks', 'saying', 'believing', 'thinking', 'attack', 'attacks',
  'question', 'questions', 'blame', 'defense', 'wonder', 'joke', 'jokes', 'shout', 'whisper', 'posting', 'reporting',
  'answering', 'estimating', 'charging', 'state', 'claim', 'claiming']) {
  const info = LEXICON.get(w);
  if (info) LEXICON.set(w, { lemma: info.lemma, cls: info.cls, adjacentOnly: true, needsThat: info.needsThat, needsQuote: info.needsQuote });
}
// "saying" does cue reported speech after a comma ("..., saying the deal was dead").
LEXICON.set('saying', { lemma: 'say', cls: 'speech', adjacentOnly: false, needsThat: false, needsQuote: false });
/** Rules out most words with an array read before the lexicon hashes them (cueAt runs on every word, often twice). */
const LEXICON_SLOTS = new WordSlots(LEXICON.keys());

const HEADLINE_CUES = new Set(['says', 'said', 'tells', 'told', 'warns', 'urges', 'asks', 'admits', 'insists', 'vows',
  'announces', 'claims', 'predicts', 'explains', 'denies', 'confirms', 'accuses', 'suggests', 'argues']);

export interface Cue {
  /** Token range of the cue: [first, last). */
  first: number;
  last: number;
  lemma: string;
  cls: CueClass;
  adjacentOnly: boolean;
  needsThat: boolean;
  needsQuote: boolean;
}

// Every cue is built here with all its fields in one order: the rules read cues from many places,
// and cues of one shape keep those reads monomorphic (cues of several shapes sent the optimised
// reported-speech pass back to the interpreter).
function cue(first: number, last: number, lemma: string, cls: CueClass, adjacentOnly: boolean, needsThat: boolean, needsQuote: boolean): Cue {
  return { first, last, lemma, cls, adjacentOnly, needsThat, needsQuote };
}

/** The cue starting at token i, if any ("said", "according to", "pointed out"). */
export function cueAt(tokens: readonly Token[], i: number): Cue | null {
  // Bounded: the rules ask about positions past either end of the text.
  const t = i >= 0 && i < tokens.length ? tokens[i] : undefined;
  if (!t || t.kind !== 'word') return null;
  const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
  // '' for no next token: compares on a missing token's word sent the optimised rules back to the interpreter.
  const nextLower = next ? next.lower : '';
  if (t.lower === 'according' && nextLower === 'to') return cue(i, i + 2, 'according to', 'speech', false, false, false);
  const info = LEXICON_SLOTS.mayHave(t.lower) ? LEXICON.get(t.lower) : undefined;
  if (!info) return null;
  // A capitalised verb inside a sentence is part of a name ("Secretary of State", "the Post").
  const prev = i > 0 ? tokens[i - 1] : undefined;
  // Headlines capitalise every word: "Trump Says He Never Pledged ..." keeps its cue.
  const headline = HEADLINE_CUES.has(t.lower) && /^\p{Lu}/u.test(next?.text ?? '') && /^\p{Lu}/u.test(prev?.text ?? '');
  if (/^\p{Lu}/u.test(t.text) && prev?.kind === 'word' && !headline) return null;
  if (info.lemma === 'point') {
    if (nextLower !== 'out') return null;
    return cue(i, i + 2, 'point out', 'speech', false, false, false);
  }
  if (info.lemma === 'call') {
    // "called for", "called on X to": a demand; plain "called" is naming ("so-called", "called it a hoax").
    if (nextLower !== 'for' && nextLower !== 'on') {
      // "Obama and Clinton call them ...", "Politicos call this ...": a name or pronoun subject before the verb.
      const subject = t.lower === 'call' && prev?.kind === 'word' && tokens[i - 2]?.lower !== 'what'
        && (/^\p{Lu}/u.test(prev.text) || ['they', 'we', 'you', 'i'].includes(prev.lower));
      if ((t.lower === 'call' && !subject) || t.lower === 'calls' && prev?.kind !== 'word' && !(prev?.kind === 'punct' && prev.text === ',')) return null;
      return cue(i, i + 1, 'call', 'speech', false, false, true);
    }
    return cue(i, i + 2, 'call', 'speech', false, false, false);
  }
  return cue(i, i + 1, info.lemma, info.cls, info.adjacentOnly, info.needsThat, info.needsQuote);
}

