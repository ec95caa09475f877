// Word tokenizer with exact offsets, in the style of the CoNLL/Penn tokens the entity model is trained
// on: whitespace chunks, with quotes and brackets split off the edges, trailing punctuation, clitics
// ('s, n't, 're ...) and dashes split off, while "U.S.", "al-Maliki", "1,000" and "O'Neill" stay whole.
// One linear scan; each chunk is trimmed from both ends at most once per character.

/** Token offsets into the text: token k is text.slice(starts[k], ends[k]). */
export interface Tokens {
  starts: number[];
  ends: number[];
}

// The sets below are tested by character code: a one-character string per character read cost more
// than the tests themselves.
// Characters split off the front of a chunk, one token each.
const OPENERS = codes(['(', '[', '{', '"', '`', '“', '‘', '«', '$', "'", '„', '¿', '¡']);
// Characters split off the end of a chunk, one token each (the full stop is handled apart).
const CLOSERS = codes([',', ';', ':', '!', '?', '%', ')', ']', '}', '"', '”', '’', '»', "'", '…']);
// Dashes are tokens of their own even inside a chunk ("Baghdad—the").
const EM_DASH = 0x2014;
const EN_DASH = 0x2013;

function codes(chars: readonly string[]): Uint8Array {
  const table = new Uint8Array(0x2100);
  for (const ch of chars) {
    if (ch.charCodeAt(0) >= table.length) throw new Error(`tokenize: ${ch} is past the character table`);
    table[ch.charCodeAt(0)] = 1;
  }
  return table;
}

/** Whether `code` is in a table made by codes() (all of whose characters are below U+2100). */
const inTable = (table: Uint8Array, code: number): boolean => code < 0x2100 && table[code] === 1;
// Lower-cased words (without the dot) whose full stop belongs to the word.
const DOTTED = new Set(
  ('mr mrs ms dr prof sen rep gov gen col lt sgt capt maj adm rev st jr sr inc corp co ltd bros vs vol no nos ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec calif fla mass conn ariz wash colo mich ' +
    'minn wis okla ore tenn va ky ala ga ill ind kan nev pa tex mt ft etc dept univ assn est approx').split(' '),
);
const CLITICS = ['s', 're', 've', 'll', 'd', 'm'];

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x2009 || c === 0x200a ||
    c === 0x202f || c === 0x3000 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x2008) || c === 0xfeff || c === 0x200b;
}

const isApostropheCode = (c: number): boolean => c === 39 || c === 0x2019;

// Last letters of a clitic: s t e l d m ('s n't 're 've 'll 'd 'm), either case.
const isCliticEnd = (c: number): boolean => {
  const l = c | 0x20;
  return c < 128 && (l === 115 || l === 116 || l === 101 || l === 108 || l === 100 || l === 109);
};

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

/** "U.S", "a.m", "M": single letters joined by dots (the final dot excluded). */
function isInitials(text: string, start: number, end: number): boolean {
  if (end - start > 24) return false;
  for (let i = start; i < end; i++) {
    const letter = (i - start) % 2 === 0;
    if (letter ? !isLetterCode(text.charCodeAt(i)) : text.charCodeAt(i) !== 46) return false;
  }
  return (end - start) % 2 === 1;
}

/**
 * Does the full stop at `end` belong to the word text[start, end)? At the end of a sentence only
 * initials keep it: "Lear Corp." ends with the word "Corp" and a full stop, as news corpora write it.
 */
function keepsDot(text: string, start: number, end: number, last: boolean): boolean {
  if (end <= start) return false;
  if (isInitials(text, start, end)) return true;
  if (last) return false;
  if (end - start <= 5 && DOTTED.has(text.slice(start, end).toLowerCase())) return true;
  // "F.C", "N.J", "a.m" with a longer part: letters and dots ending in a letter, containing a dot.
  if (end - start <= 12) {
    let dots = 0;
    for (let i = start; i < end; i++) {
      if (text.charCodeAt(i) === 46) dots++;
      else if (!isLetterCode(text.charCodeAt(i))) return false;
    }
    return dots > 0 && text.charCodeAt(end - 1) !== 46;
  }
  return false;
}

/** Length of a clitic ('s, n't, 're ...) ending the chunk [start, end), or 0. */
function cliticLength(text: string, start: number, end: number): number {
  // n't: "don't" -> "do" + "n't"
  if (end - start >= 4 && (text.charCodeAt(end - 1) | 0x20) === 116 && isApostropheCode(text.charCodeAt(end - 2)) &&
    (text.charCodeAt(end - 3) | 0x20) === 110) return 3;
  for (const c of CLITICS) {
    const a = end - c.length - 1;
    if (a - start < 1 || !isApostropheCode(text.charCodeAt(a))) continue;
    if (text.slice(a + 1, end).toLowerCase() !== c) continue;
    if (!isLetterCode(text.charCodeAt(a - 1)) && !(text.charCodeAt(a - 1) >= 48 && text.charCodeAt(a - 1) <= 57)) continue;
    return c.length + 1;
  }
  return 0;
}

// Scratch lists for pushChunk, reused so a chunk costs no allocation; only their first entries (as
// many as the chunk split off) are read, so they are never cut back (setting length cost a runtime call per chunk).
// They are kept at least as long as the chunk (each piece split off takes a character): a store past
// their end, growing them, sent the optimised pushChunk back to the interpreter.
const TAIL_STARTS: number[] = Array.from({ length: 256 }, () => 0);
const TAIL_ENDS: number[] = Array.from({ length: 256 }, () => 0);

function growTails(length: number): void {
  while (TAIL_STARTS.length < length) {
    TAIL_STARTS.push(0);
    TAIL_ENDS.push(0);
  }
}

function pushChunk(text: string, start: number, end: number, last: boolean, out: Tokens): void {
  // Dashes inside the chunk cut it into pieces.
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === EM_DASH || c === EN_DASH) {
      pushChunk(text, start, i, false, out);
      out.starts.push(i);
      out.ends.push(i + 1);
      start = i + 1;
    }
  }
  if (start >= end) return;
  if (end - start > TAIL_STARTS.length) growTails(end - start);
  // Front: openers, one token each.
  while (start < end - 1 && inTable(OPENERS, text.charCodeAt(start))) {
    out.starts.push(start);
    out.ends.push(start + 1);
    start++;
  }
  // Back: collect split-off pieces right to left, then emit them in order.
  const tailStarts = TAIL_STARTS;
  const tailEnds = TAIL_ENDS;
  let tails = 0;
  let e = end;
  while (e - start > 1) {
    const ch = text.charCodeAt(e - 1);
    if (ch === 46) {
      // "..." and longer runs of dots are one token.
      let d = e - 1;
      while (d > start && text.charCodeAt(d - 1) === 46) d--;
      if (e - d >= 2) {
        if (e - d === 2 && keepsDot(text, start, d, last) && d - start > 0) {
          // "U.S.." at a sentence end: the word keeps one dot, the other ends the sentence.
          tailStarts[tails] = e - 1;
          tailEnds[tails++] = e;
          e--;
          break;
        }
        if (d === start) break;
        tailStarts[tails] = d;
        tailEnds[tails++] = e;
        e = d;
        continue;
      }
      if (keepsDot(text, start, e - 1, last)) break;
      tailStarts[tails] = e - 1;
      tailEnds[tails++] = e;
      e--;
      continue;
    }
    const apostrophe = isApostropheCode(ch);
    if (apostrophe || isCliticEnd(ch)) {
      const n = apostrophe ? 0 : cliticLength(text, start, e);
      if (n > 0) {
        tailStarts[tails] = e - n;
        tailEnds[tails++] = e;
        e -= n;
        continue;
      }
      if (!apostrophe) break;
    }
    if (inTable(CLOSERS, ch)) {
      tailStarts[tails] = e - 1;
      tailEnds[tails++] = e;
      e--;
      continue;
    }
    break;
  }
  if (e > start) {
    out.starts.push(start);
    out.ends.push(e);
  }
  for (let k = tails - 1; k >= 0; k--) {
    out.starts.push(tailStarts[k]!);
    out.ends.push(tailEnds[k]!);
  }
}

/** Tokens of text[from, to), appended to `out` (a fresh one by default). */
export function tokenize(text: string, from = 0, to = text.length, out: Tokens = { starts: [], ends: [] }): Tokens {
  let i = from;
  while (i < to) {
    while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && !isSpaceCode(text.charCodeAt(i))) i++;
    if (i === start) continue;
    // The last chunk before the range's end or a line break ends a sentence.
    let j = i;
    while (j < to && text.charCodeAt(j) !== 10 && isSpaceCode(text.charCodeAt(j))) j++;
    pushChunk(text, start, i, j >= to || text.charCodeAt(j) === 10, out);
    i = j;
  }
  return out;
}

// A text of our own through the rarer branches (runs of dots, "U.S..", clitics after a digit, dashes,
// openers and closers): branches first met after optimisation sent pushChunk back to the interpreter
// to be compiled again, in every worker.
const WARM_UP = `He said... "Wait." (U.S.. Mr. Smith's 1990's rally—didn't they?) 'Yes!' [A.B.C.] ¿Qué? ... 5'6" etc.. Lear Corp.
The F.C.s' fans, O'Neill's a.m. run; "we'll" 't 'em ...and so on.... e.g. no.`;

/** The tokenizer's warm-up, for a worker thread before its first document. */
export function warmUpTokenizer(): void {
  for (let k = 0; k < 4; k++) tokenize(WARM_UP);
}
