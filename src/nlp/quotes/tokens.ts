// A small linear tokenizer for the quotation rules: words (with inner apostrophes, hyphens and
// abbreviation dots), single punctuation marks, double quotation marks and line breaks.
export type TokenKind = 'word' | 'punct' | 'mark' | 'break';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  kind: TokenKind;
}

/** Abbreviations whose dot belongs to the word ("Mr.", "Sen."), lower-cased without the dot. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen col lt sgt capt maj adm rev st jr sr inc corp co ltd vs no messrs gens supt det cmdr'.split(' '),
);

/** Characters that are double quotation marks on their own. `''` (two apostrophes) counts as one. */
export const DOUBLE_MARKS = new Set(['"', '“', '”', '„', '«', '»', '‟', '〝', '〞']);

const isWordChar = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);
const isJoiner = (c: string): boolean => c === "'" || c === '’' || c === '-' || c === '‐' || c === '&';

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const push = (start: number, end: number, kind: TokenKind) => {
    const t = text.slice(start, end);
    out.push({ start, end, text: t, lower: t.toLowerCase(), kind });
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      push(i, i + 1, 'break');
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\u00a0' || c === '\u2009' || c === '\u200b') {
      i++;
    } else if (DOUBLE_MARKS.has(c)) {
      push(i, i + 1, 'mark');
      i++;
    } else if (c === "'" && text[i + 1] === "'") {
      // `''` is the double quotation mark of some newswires (NYT): one mark of two characters.
      push(i, i + 2, 'mark');
      i += 2;
    } else if (isWordChar(c)) {
      let j = i + 1;
      while (j < n) {
        const d = text[j]!;
        if (isWordChar(d)) j++;
        else if ((isJoiner(d) || d === '.') && j + 1 < n && isWordChar(text[j + 1]!)) j += 2;
        else break;
      }
      // "Mr." "U.S." "J." keep their final dot.
      if (text[j] === '.') {
        const w = text.slice(i, j).toLowerCase();
        // "(D-Wis.)", "R-Ky., told": a party and state label keeps its dot too.
        const label = /^\p{Lu}-\p{Lu}[\p{L}.]{0,4}$/u.test(text.slice(i, j)) && /[),]/u.test(text[j + 1] ?? '');
        if (ABBREVIATIONS.has(w) || w.length === 1 || w.includes('.') || label || text[j + 1] === ')') j++;
      }
      push(i, j, 'word');
      i = j;
    } else {
      push(i, i + 1, 'punct');
      i++;
    }
  }
  return out;
}

export const isCapitalized = (t: Token): boolean => t.kind === 'word' && /^\p{Lu}/u.test(t.text);
