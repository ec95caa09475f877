// Quarters and halves of (fiscal) years, the backbone of earnings news: "the third quarter",
// "third-quarter", "the fourth quarter of 1990", "the 1988 second quarter", "the latest quarter",
// "the year-ago quarter", "the first half", "year-earlier". Values: 1989-Q3, 1989-H1.
import { fmtYear, quarterOf } from '../calendar.js';
import type { Rule, Scan } from '../engine.js';
import { ORDINAL_SUFFIXES } from '../lexicon.js';
import { lastQuarter, reportedQuarter, shifted, yearBefore } from '../resolve.js';
import { yearAt } from './pieces.js';

const QUARTER_ORDINALS = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4], ['final', 4], ['last', 4]]);
const YEAR_AGO = new Set(['year-ago', 'year-earlier', 'prior-year', 'year-before']);
const LATEST = new Set(['latest', 'recent', 'just-ended', 'most-recent', 'same', 'comparable', 'corresponding', 'current']);

/** Compound words arrive as pieces ("year" "-" "ago"); read one back if it is there. */
function hyphenWord(s: Scan, i: number): { word: string; end: number } {
  const a = s.at(i), b = s.at(i + 1), c = s.at(i + 2);
  if (a && b && c && b.text === '-' && !b.space && !c.space && c.kind === 'word') return { word: `${a.lower}-${c.lower}`, end: i + 3 };
  // No compare of a missing token's kind with a string: that sent the optimised rule back to the interpreter.
  if (a === undefined) return { word: '', end: i + 1 };
  if (a.kind === 'num' && b && !b.space && ORDINAL_SUFFIXES.has(b.lower)) return { word: `${a.text}${b.lower}`, end: i + 2 };
  return { word: a.lower, end: i + 1 };
}

/** What can come after "the" or "this" in a quarter: a determiner, the words of the loop below, an ordinal or the period. */
const AFTER_DETERMINER = ['this', 'next', 'last', 'current', 'fiscal', 'year', 'prior', ...LATEST, '#num', ...QUARTER_ORDINALS.keys(), 'quarter', 'half', 'period'];

const quarter: Rule = {
  name: 'quarter',
  triggers: ['the', 'this', 'next', 'last', 'fiscal', 'year', 'latest', 'current', 'same', 'comparable', 'corresponding', '#num', ...QUARTER_ORDINALS.keys()],
  // "the" [this/next/last year's | this | current] [fiscal | year-ago | latest | 1990]* [third[-]] quarter
  follows: {
    ...Object.fromEntries(['the', 'this', 'fiscal', 'current', ...LATEST].map((w) => [w, AFTER_DETERMINER])),
    // A year and what may follow a determiner ("1988 second quarter"), or "3rd".
    '#num': [...AFTER_DETERMINER, ...ORDINAL_SUFFIXES],
    // "second-quarter", "first fiscal quarter", "last year's"; "next year's"; "year-ago".
    ...Object.fromEntries([...QUARTER_ORDINALS.keys()].map((w) => [w, ['-', 'fiscal', 'quarter', 'half', 'period']])),
    last: ['year', '-', 'fiscal', 'quarter', 'half', 'period'],
    next: ['year'],
    year: ['-'],
  },
  match(s, i) {
    let j = i;
    let yearShift: number | null = null;
    let year: number | null = null;
    let latest = false;
    let thisQ = false;
    if (s.word(j) === 'the') j++;
    // "this year's third quarter", "next year's first quarter", "last year's quarter"
    const det = s.word(j);
    if ((det === 'this' || det === 'next' || det === 'last') && s.word(j + 1) === 'year' && s.word(j + 2) === "'" && s.word(j + 3) === 's') {
      yearShift = det === 'this' ? 0 : det === 'next' ? 1 : -1;
      j += 4;
    } else if (det === 'this' || det === 'current') { thisQ = true; j++; }
    for (let guard = 0; guard < 4; guard++) {
      const h = hyphenWord(s, j);
      if (s.word(j) === 'fiscal') { j++; continue; }
      if (YEAR_AGO.has(h.word)) { yearShift = -1; j = h.end; continue; }
      if (LATEST.has(s.word(j))) { latest = true; if (s.word(j) === 'current') thisQ = true; j++; continue; }
      const y = s.at(j)?.kind === 'num' ? yearAt(s, j) : null;
      if (y) { year = y.value; j = y.end; continue; }
      break;
    }
    let n: number | undefined;
    let h = hyphenWord(s, j);
    // "third-quarter" arrives as third - quarter; "fiscal second-quarter" too.
    if (h.word.endsWith('-quarter') || h.word.endsWith('-half')) {
      n = QUARTER_ORDINALS.get(h.word.slice(0, h.word.indexOf('-')));
      if (n === undefined) return null;
      const half = h.word.endsWith('-half');
      // The adjective stands alone: "the [third-quarter] results".
      const start = j === i + 1 && s.word(i) === 'the' ? j : i;
      j = h.end;
      return finish(s, start, j, n, half, year, yearShift, latest);
    }
    n = QUARTER_ORDINALS.get(h.word);
    if (n !== undefined) j = h.end;
    h = hyphenWord(s, j);
    if (s.word(j) === 'fiscal') j++;
    const w = s.word(j);
    if (w !== 'quarter' && w !== 'half' && w !== 'period') return null;
    if (w === 'half' && (n === undefined || n > 2) && s.word(j - 1) !== 'last') return null;
    if (w === 'period' && (n !== undefined || (!latest && yearShift === null && year === null))) return null;
    if (w === 'half' && n === 4) n = 2;
    j++;
    // "the quarter" alone needs "the" and some earnings context to be a date.
    if (n === undefined && w === 'quarter' && !latest && yearShift === null && year === null && !thisQ) {
      if (s.word(i) !== 'the' || s.word(j) === 'of' || s.word(j) === '-') return null;
    }
    if (n === undefined && thisQ && !latest) return { start: i, end: j, type: 'date', value: lastQuarter(s.ref) };
    return finish(s, i, j, n, w === 'half', year, yearShift, latest && s.word(i + 1) === 'current' ? 'current' : latest);
  },
};

/** The length of "last year", "a year ago" or "a year earlier" at i, or 0. */
function yearBackAt(s: Scan, i: number): number {
  if (s.word(i) === 'last' && s.word(i + 1) === 'year') return 2;
  if (s.word(i) === 'a' && s.word(i + 1) === 'year' && (s.word(i + 2) === 'ago' || s.word(i + 2) === 'earlier')) return 3;
  return 0;
}

function finish(s: Scan, i: number, j: number, n: number | undefined, half: boolean, year: number | null, yearShift: number | null, latest: boolean | 'current') {
  let end = j;
  // "the fourth quarter of 1990", "the first half of next year"
  if (s.word(end) === 'of') {
    const y = yearAt(s, end + 1);
    if (y) { year = y.value; end = y.end; }
    else if (['this', 'next', 'last'].includes(s.word(end + 1)) && s.word(end + 2) === 'year') {
      yearShift = s.word(end + 1) === 'this' ? 0 : s.word(end + 1) === 'next' ? 1 : -1;
      end += 3;
    }
  } else if (year === null && yearShift === null && yearBackAt(s, end) > 0) {
    // "the corresponding period last year", "the quarter a year ago": that period of the year before.
    yearShift = -1;
    end += yearBackAt(s, end);
  } else if (s.at(end)?.kind === 'num' && s.at(end - 1)?.lower === 'quarter') {
    const y = yearAt(s, end);
    if (y) { year = y.value; end = y.end; }
  }
  const ref = s.ref;
  if (n === undefined) {
    // A quarter without its number: the one just reported on (or the running one for "current").
    if (!ref) return { start: i, end, type: 'date' as const, value: 'XXXX-QX' };
    const base = latest === 'current' ? shifted(ref, 'quarter', 0) : reportedQuarter(ref, s.reportedQuarter());
    if (year !== null) return { start: i, end, type: 'date' as const, value: `${fmtYear(year)}-QX`.replace('QX', base.slice(5)) };
    if (yearShift === -1) return { start: i, end, type: 'date' as const, value: yearBefore(base) };
    return { start: i, end, type: 'date' as const, value: base };
  }
  const code = half ? `H${n}` : `Q${n}`;
  let y: string;
  if (year !== null) y = fmtYear(year);
  else if (!ref) y = 'XXXX';
  else if (yearShift !== null) y = fmtYear(ref.y + yearShift);
  else {
    // A quarter later than the running one, spoken of in the past, is last year's.
    const tense = s.tense(i, end);
    const cur = half ? (ref.m <= 6 ? 1 : 2) : quarterOf(ref.m);
    y = fmtYear(tense === 'past' && n > cur ? ref.y - 1 : ref.y);
  }
  return { start: i, end, type: 'date' as const, value: `${y}-${code}` };
}

/** "year-earlier", "year-ago" on their own: the same period a year before. */
const yearAgo: Rule = {
  name: 'year-ago',
  triggers: ['year'],
  match(s, i) {
    const h = hyphenWord(s, i);
    if (h.word !== 'year-ago' && h.word !== 'year-earlier') return null;
    if (s.at(i - 1)?.text === '-' && !s.at(i)!.space) return null;
    const ref = s.ref;
    if (!ref) return { start: i, end: h.end, type: 'date', value: 'XXXX' };
    const inQuarter = s.sentenceHas(i, 'quarter') || s.sentenceHas(i, 'period');
    return { start: i, end: h.end, type: 'date', value: inQuarter ? yearBefore(reportedQuarter(ref, s.reportedQuarter())) : fmtYear(ref.y - 1), priority: -1 };
  },
};

/**
 * The codes of financial news: "Q3", "Q4 2012", "Q1/2013", "H2 2012" (a capital glued to its digit,
 * not "H1N1", "Q4s" or "H1-B"); a quarter without a year is read like "the fourth quarter".
 */
const quarterCode: Rule = {
  name: 'quarter-code',
  triggers: ['q', 'h'],
  follows: { q: ['#num'], h: ['#num'] },
  match(s, i) {
    const t = s.at(i)!, d = s.at(i + 1);
    if (t.text !== 'Q' && t.text !== 'H') return null;
    if (!d || d.space || d.digits !== 1) return null;
    const half = t.text === 'H';
    const n = d.num;
    if (n < 1 || n > (half ? 2 : 4)) return null;
    const after = s.at(i + 2);
    if (after && !after.space && (after.kind === 'word' || after.kind === 'num' || after.text === '-')) return null;
    // "Q1. Is coffee healthy?": a numbered question opening its line.
    const prev = s.at(i - 1);
    if (after?.text === '.' && (!prev || prev.kind === 'punct')) return null;
    let j = i + 2;
    let year: number | null = null;
    // "Q4 2012", "Q4/2012", "Q4, 2012"
    const sep = s.at(j);
    const k = sep && (sep.text === '/' || sep.text === ',') ? j + 1 : j;
    const y = yearAt(s, k);
    if (y) { year = y.value; j = y.end; }
    // "H1" alone is as often a heading, a visa ("H1-B") or a model number: only with its year.
    else if (half) return null;
    return finish(s, i, j, n, half, year, null, false);
  },
};

export const quarterRules: readonly Rule[] = [quarter, yearAgo, quarterCode];
