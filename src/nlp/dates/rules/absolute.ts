// Calendar dates written out: "Dec. 15", "August 7, 1998", "7 August 1998", "December 2011",
// "April", "1991", "fiscal 1989", "2013-03-22", "3/22/2013".
import { fmtDate, fmtMonth, fmtYear, daysInMonth } from '../calendar.js';
import type { Rule, Scan } from '../engine.js';
import type { Tense } from '../tense.js';
import { MONTHS, ORDINAL_SUFFIXES, WEEKDAYS } from '../lexicon.js';
import { dayValue, monthValue } from '../resolve.js';
import { DATE_PREPOSITIONS, dayAt, monthAt, yearAfterComma, yearAt } from './pieces.js';

const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'august']);

function validDay(y: number | null, m: number, d: number): boolean {
  return d >= 1 && d <= (y === null ? [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]! : daysInMonth(y, m));
}

/**
 * The tense a month named alone is read in. Next month, in a past-tense sentence, is mostly a plan
 * or a deadline reported in the past ("informed them of a cut in supply in September", "gave them
 * until mid-November"), so it is the coming one, unless a past verb stands right before it ("resigned
 * in April"): then it is that verb's month, last year's.
 */
function monthTense(s: Scan, i: number, j: number, m: number): Tense {
  const tense = s.tense(i, j);
  const ref = s.ref;
  if (tense !== 'past' || !ref || m !== (ref.m % 12) + 1) return tense;
  return s.pastJustBefore(i, 2) ? 'past' : 'present';
}

/** Month first: "Dec. 15", "Sept. 30, 1989", "December 2011", "April". */
const monthFirst: Rule = {
  name: 'month-first',
  triggers: [...MONTHS.keys()],
  match(s, i) {
    const month = monthAt(s, i);
    if (!month) return null;
    const m = month.value;
    let j = month.end;
    const day = dayAt(s, j);
    if (day) {
      j = day.end;
      let year: number | null = null;
      const y = yearAfterComma(s, j);
      if (y) { year = y.value; j = y.end; }
      else {
        // "Feb. 20-22, 2013": the year written after the range is the first day's too.
        const second = s.word(j) === '-' && !s.at(j)!.space ? dayAt(s, j + 1) : null;
        const ry = second ? yearAfterComma(s, second.end) : null;
        if (ry) year = ry.value;
      }
      if (!validDay(year, m, day.value)) return null;
      if (year !== null) return { start: i, end: j, type: 'date', value: fmtDate({ y: year, m, d: day.value }), kind: 'day', explicit: true };
      return { start: i, end: j, type: 'date', value: dayValue(s.ref, m, day.value, s.tense(i, j)), kind: 'day' };
    }
    const k = s.word(j) === ',' || s.word(j) === 'of' ? j + 1 : j;
    const y = yearAt(s, k);
    if (y) return { start: i, end: y.end, type: 'date', value: fmtMonth(y.value, m), explicit: true };
    // A month alone: "May" and "March" are also a name and a verb, so they need a date-like word before.
    const prev = s.word(i - 1);
    const afterMid = prev === '-' && s.word(i - 2) === 'mid';
    if (AMBIGUOUS_MONTHS.has(s.word(i)) && !DATE_PREPOSITIONS.has(prev) && !afterMid) return null;
    // "June Carter", "April Fools": a capitalised word after a bare month makes it a name.
    const next = s.at(j);
    if (next?.cap && next.kind === 'word' && !WEEKDAYS.has(next.lower) && !DATE_PREPOSITIONS.has(prev) && s.at(i - 1)?.kind === 'word') return null;
    return { start: i, end: j, type: 'date', value: monthValue(s.ref, m, monthTense(s, i, j, m)) };
  },
};

/**
 * The second day of a range or pair written after a month: the "22" of "Feb. 20-22" and of "April 24
 * and 25", a date of its own in the first one's month.
 */
const secondDay: Rule = {
  name: 'second-day',
  triggers: ['#num'],
  match(s, i) {
    const day = dayAt(s, i);
    if (!day) return null;
    const link = s.word(i - 1);
    if (link !== '-' && link !== '–' && link !== 'and' && link !== 'to') return null;
    if ((link === '-' || link === '–') && (s.at(i)!.space || s.at(i - 1)!.space)) return null;
    const first = dayAt(s, i - 2);
    if (!first || first.end !== i - 1) return null;
    const month = s.word(i - 3) === '.' ? monthAt(s, i - 4) : monthAt(s, i - 3);
    if (!month || month.end !== i - 2 || first.value >= day.value) return null;
    // "Feb. 10 to 12 percent", "March 3 to 5 p.m.": an amount or a clock, not a day.
    const after = s.word(day.end);
    if (NOT_AFTER_YEAR.has(after) || ((after === 'a' || after === 'p') && s.word(day.end + 1) === '.')) return null;
    const m = month.value;
    const y = yearAfterComma(s, day.end);
    if (!validDay(y?.value ?? null, m, day.value)) return null;
    if (y) return { start: i, end: y.end, type: 'date', value: fmtDate({ y: y.value, m, d: day.value }), kind: 'day', explicit: true };
    return { start: i, end: day.end, type: 'date', value: dayValue(s.ref, m, day.value, s.tense(i, day.end)), kind: 'day' };
  },
};

/** Day first: "7 August 1998", "the 7th of August". */
const dayFirst: Rule = {
  name: 'day-first',
  triggers: ['#num'],
  follows: { '#num': [...ORDINAL_SUFFIXES, 'of', ...MONTHS.keys()] },
  match(s, i) {
    const day = dayAt(s, i);
    if (!day) return null;
    let j = day.end;
    if (s.word(j) === 'of') j++;
    const month = monthAt(s, j);
    if (!month) return null;
    j = month.end;
    const y = yearAfterComma(s, j);
    if (!validDay(y?.value ?? null, month.value, day.value)) return null;
    const start = s.word(i - 1) === 'the' && s.word(day.end) === 'of' ? i - 1 : i;
    if (y) return { start, end: y.end, type: 'date', value: fmtDate({ y: y.value, m: month.value, d: day.value }), kind: 'day', explicit: true };
    return { start, end: j, type: 'date', value: dayValue(s.ref, month.value, day.value, s.tense(i, j)), kind: 'day' };
  },
};

const NOT_BEFORE_YEAR = new Set(['$', '#', '£', '€', '¥', 'no', 'nos', 'number', 'flight', 'room', 'route', 'page', 'pages', 'rule', 'section', 'model', 'version', 'channel', 'highway', 'interstate', 'tel', 'phone', 'fax', 'box', 'suite', 'article', 'resolution', 'code', 'bill', 'ch', 'vol']);
const NOT_AFTER_YEAR = new Set(['%', 'percent', 'per', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'people', 'shares', 'points', 'point', 'troops', 'tons', 'tonnes', 'members', 'times', 'dollars', 'pounds', 'euros', 'yen', 'feet', 'foot', 'meters', 'metres', 'miles', 'kilometers', 'km', 'kg', 'barrels', 'units', 'cars', 'jobs', 'workers', 'employees', 'soldiers', 'students', 'votes', 'seats', 'acres', 'hours', 'minutes', 'days', 'years', 'yards', 'copies', 'runs', 'x', 'a.m', 'p.m', 'am', 'pm', 'gmt', 'est', 'edt', 'hrs']);
/** Words that may be glued to a year ("in2003") in sloppily extracted text. */
const GLUE_PREPOSITIONS = new Set(['in', 'since', 'by', 'of', 'until', 'from', 'after', 'before', 'during', 'to']);

/** A year on its own: "1991", "in2003", "fiscal 1989", "the year 2000". */
const year: Rule = {
  name: 'year',
  triggers: ['#num', 'nineteen', 'eighteen', 'seventeen', 'two'],
  match(s, i) {
    const y = yearAt(s, i);
    const t = s.at(i)!;
    if (!y) return null;
    const prev = s.at(i - 1);
    if (prev && !t.space) {
      if (prev.kind === 'word' && !GLUE_PREPOSITIONS.has(prev.lower) && prev.text !== 'FY') return null;
      if (prev.kind === 'num' || prev.text === '.' || prev.text === ',' || prev.text === '/' || prev.text === ':' || prev.text === '$') return null;
      // "555-1990": the tail of a phone or serial number.
      if (prev.text === '-' && s.at(i - 2)?.kind === 'num' && !prev.space) return null;
    }
    const after = s.at(y.end);
    if (after?.text === '-' && !after.space && s.at(y.end + 1)?.kind === 'num' && s.at(y.end + 1)!.digits > 2 && s.at(y.end + 1)!.digits !== 4) return null;
    if (prev && NOT_BEFORE_YEAR.has(prev.lower)) return null;
    const next = s.at(y.end);
    if (next && NOT_AFTER_YEAR.has(next.lower)) return null;
    // "1,500 to 2000", "2000-3000": a number range, not a year.
    if (prev?.lower === 'to' && s.at(i - 2)?.kind === 'num' && s.at(i - 2)!.digits !== 4) return null;
    if (next?.text === '-' && !next.space && s.at(y.end + 1)?.kind === 'num' && s.at(y.end + 1)!.digits === 4 && s.at(y.end + 1)!.num > 2099) return null;
    // Spelled years stand alone only in their unmistakable form ("nineteen ninety-six").
    if (t.kind === 'word' && t.lower === 'two' && !(s.word(i - 1) === 'year' || s.word(i - 1) === 'in')) return null;
    let start = i;
    // "fiscal 1989", "FY2013", "FY 2013": the fiscal year, written with its calendar number.
    if (s.word(i - 1) === 'fiscal' || s.at(i - 1)?.text === 'FY') start = i - 1;
    else if (s.word(i - 1) === 'year' && s.word(i - 2) === 'the') start = i - 2;
    return { start, end: y.end, type: 'date', value: fmtYear(y.value), explicit: true };
  },
};

/** Numeric dates: "2013-03-22", "3/22/2013", "3/22/13". */
const numeric: Rule = {
  name: 'numeric-date',
  triggers: ['#num'],
  follows: { '#num': ['-', '/'] },
  match(s, i) {
    const t = s.tokens;
    const a = t[i]!, s1 = t[i + 1], b = t[i + 2], s2 = t[i + 3], c = t[i + 4];
    if (!s1 || !b || !s2 || !c || s1.space || b.space || s2.space || c.space || s1.text !== s2.text) return null;
    if (c.kind !== 'num' || b.kind !== 'num') return null;
    const after = t[i + 5];
    if (after && !after.space && (after.kind === 'num' || after.text === s1.text)) return null;
    if (s1.text === '-' && a.digits === 4 && b.digits === 2 && c.digits === 2) {
      const v = { y: a.num, m: b.num, d: c.num };
      if (v.m < 1 || v.m > 12 || !validDay(v.y, v.m, v.d)) return null;
      return { start: i, end: i + 5, type: 'date', value: fmtDate(v), kind: 'day' };
    }
    if (s1.text === '/' && a.digits <= 2 && b.digits <= 2 && (c.digits === 4 || c.digits === 2)) {
      const y = c.digits === 4 ? c.num : c.num < 30 ? 2000 + c.num : 1900 + c.num;
      // American order first; day-first when the first number cannot be a month.
      let m = a.num, d = b.num;
      if (m > 12 && d <= 12) [m, d] = [d, m];
      if (m < 1 || m > 12 || !validDay(y, m, d)) return null;
      return { start: i, end: i + 5, type: 'date', value: fmtDate({ y, m, d }), kind: 'day' };
    }
    return null;
  },
};

export const absoluteRules: readonly Rule[] = [monthFirst, dayFirst, year, numeric, secondDay];
