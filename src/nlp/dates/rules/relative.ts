// Dates named from the reference: "today", "yesterday", "last year", "this month", "next week",
// "the past year", "three years ago", "a year earlier", "the weekend", "last April".
import { type Ymd, addDays, fmtDate, fmtWeek, fmtYear, weekday } from '../calendar.js';
import type { Rule } from '../engine.js';
import { MONTHS, UNITS } from '../lexicon.js';
import { AFTER_NUMBER_WORD, A_NUMBER, parseNumber } from '../numbers.js';
import { type Grain, lastQuarter, monthValue, reportedQuarter, shifted, yearBefore } from '../resolve.js';
import type { Tense } from '../tense.js';

const DAY_WORDS = new Map([['today', 0], ['yesterday', -1], ['tomorrow', 1]]);

/**
 * What "today's" means "of our time" before, not the article's day: "in today's world", "today's
 * youth", "by today's standards", "in today's dollars", "many of today's personal computers".
 */
const GENERIC_AFTER_TODAYS = new Set([
  'world', 'youth', 'society', 'generation', 'children', 'kids', 'young', 'teens', 'teenagers', 'students', 'families',
  'parents', 'culture', 'standards', 'dollars', 'terms', 'personal', 'modern', 'digital', 'global', 'fast', 'fast-paced',
  'consumers', 'workers', 'people', 'americans', 'technology', 'climate', 'environment', 'age', 'era',
]);

/** "today's" followed by a word of GENERIC_AFTER_TODAYS. */
function genericToday(s: Parameters<Rule['match']>[0], j: number): boolean {
  if (s.word(j) !== 'today') return false;
  const a = s.word(j + 1);
  return (a === "'" || a === '’') && s.word(j + 2) === 's' && GENERIC_AFTER_TODAYS.has(s.word(j + 3));
}

const deictic: Rule = {
  name: 'today-yesterday-tomorrow',
  triggers: ['today', 'yesterday', 'tomorrow', 'the'],
  follows: { the: ['day'] },
  match(s, i) {
    let j = i;
    let extra = 0;
    // "the day before yesterday", "the day after tomorrow"
    if (s.word(i) === 'the') {
      if (s.word(i + 1) !== 'day') return null;
      const rel = s.word(i + 2);
      if (rel === 'before' && s.word(i + 3) === 'yesterday') { extra = -1; j = i + 3; }
      else if (rel === 'after' && s.word(i + 3) === 'tomorrow') { extra = 1; j = i + 3; }
      else return null;
    }
    const n = DAY_WORDS.get(s.word(j));
    if (n === undefined || genericToday(s, j)) return null;
    // "today's" keeps its possessive out; "Today" as a programme name is rare enough to ignore.
    return { start: i, end: j + 1, type: 'date', value: s.ref ? fmtDate(addDays(s.ref, n + extra)) : n + extra === 0 ? 'PRESENT_REF' : 'XXXX-XX-XX', kind: 'day' };
  },
};

const SHIFT = new Map([
  ['this', 0], ['current', 0], ['last', -1], ['past', -1], ['previous', -1], ['prior', -1], ['next', 1], ['coming', 1], ['following', 1],
]);
const GRAINS = new Map<string, Grain>([
  ['day', 'day'], ['week', 'week'], ['month', 'month'], ['quarter', 'quarter'], ['year', 'year'], ['decade', 'decade'], ['century', 'century'],
]);

/** "the weekend" of the reference's week (future) or the last one (past): YYYY-Www-WE. */
function weekendValue(ref: Ymd | null, shift: number | null, tense: Tense): string {
  if (!ref) return 'XXXX-WXX-WE';
  const wd = weekday(ref);
  let saturday: Ymd;
  if (shift === 0 || (shift === null && tense === 'future') || shift === 1) saturday = addDays(ref, (6 - wd + 7) % 7 + (shift === 1 && wd < 6 ? 7 : 0));
  else saturday = addDays(ref, wd >= 6 ? 6 - wd : -(wd + 1)); // the last Saturday before the reference
  return `${fmtWeek(saturday)}-WE`;
}

/** "last year", "this month", "the past year", "next week", "the weekend", "last April", "the current quarter". */
const shiftedGrain: Rule = {
  name: 'this-last-next',
  triggers: ['the', 'this', 'last', 'next', 'past', 'previous', 'prior', 'coming', 'following', 'current'],
  follows: { the: [...SHIFT.keys(), 'weekend'], this: ['past', 'coming', 'weekend', ...GRAINS.keys(), ...MONTHS.keys()] },
  match(s, i) {
    let j = i;
    const withThe = s.word(j) === 'the';
    if (withThe) j++;
    // "this past spring", "this coming Sunday"
    let shift = SHIFT.get(s.word(j));
    if (shift === 0 && s.word(j) === 'this' && (s.word(j + 1) === 'past' || s.word(j + 1) === 'coming')) { j++; shift = SHIFT.get(s.word(j)); }
    if (shift === undefined) {
      if (withThe && s.word(j) === 'weekend') return { start: i, end: j + 1, type: 'date', value: weekendValue(s.ref, null, s.tense(i, j + 1)) };
      return null;
    }
    // "this" of a determiner-less "this year", but "the this" never.
    if (withThe && s.word(j) === 'this') return null;
    const w = s.word(j + 1);
    const end = j + 2;
    if (w === 'weekend') return { start: i, end, type: 'date', value: weekendValue(s.ref, shift, s.tense(i, end)) };
    const grain = GRAINS.get(w);
    if (grain) {
      // "the past year" is a date; "the next day" leans on an event, its value is only a guess.
      if (w === 'quarter' && shift === 0 && s.word(j) === 'current') return { start: i, end, type: 'date', value: shifted(s.ref, 'quarter', 0) };
      if (w === 'quarter' && shift === 0) return { start: i, end, type: 'date', value: lastQuarter(s.ref) };
      if (w === 'day' && shift === 0) return null;
      if (w === 'day' && s.word(j) === 'past') return null;
      // Don't read "the year" inside "year-earlier".
      if (s.word(end) === '-' ) return null;
      return { start: i, end, type: 'date', value: shifted(s.ref, grain, shift) };
    }
    if (withThe) return null;
    const month = MONTHS.get(w);
    if (month !== undefined && s.at(j + 1)!.cap && (w.length > 3 || w === 'may')) {
      if (!s.ref) return { start: i, end, type: 'date', value: `XXXX-${String(month).padStart(2, '0')}` };
      const tense: Tense = shift < 0 ? 'past' : shift > 0 ? 'future' : 'present';
      let v = shift === 0 ? `${fmtYear(s.ref.y)}-${String(month).padStart(2, '0')}` : monthValue(s.ref, month, tense);
      if (shift < 0 && month === s.ref.m) v = `${fmtYear(s.ref.y - 1)}-${String(month).padStart(2, '0')}`;
      return { start: i, end, type: 'date', value: v };
    }
    return null;
  },
};

const ANAPHOR_GRAINS = new Set(['year', 'month', 'day']);

/** "that year", "that same day", "the same month", "the following year", "the previous day". */
const anaphor: Rule = {
  name: 'anaphor',
  triggers: ['that', 'the'],
  follows: { the: ['following', 'next', 'previous', 'prior', 'preceding', 'same'], that: ['same', ...ANAPHOR_GRAINS] },
  match(s, i) {
    let j = i + 1;
    let shift = 0;
    const w = s.word(j);
    if (s.word(i) === 'the') {
      if (w === 'following' || w === 'next') shift = 1;
      else if (w === 'previous' || w === 'prior' || w === 'preceding') shift = -1;
      else if (w !== 'same') return null;
      j++;
    } else if (w === 'same') j++;
    const g = s.word(j);
    if (!ANAPHOR_GRAINS.has(g) || s.word(j + 1) === '-' || s.word(j + 1) === 'of') return null;
    // "the next day" with no date before it reads against the reference.
    const grain = g as 'year' | 'month' | 'day';
    // "the next year" and "the previous year" mostly count from the article's date; days from the story's.
    if ((w === 'next' || w === 'previous' || w === 'prior' || w === 'preceding') && grain !== 'day') return null;
    const fallback = shifted(s.ref, grain, shift);
    return { start: i, end: j + 1, type: 'date', value: fallback, anchor: { grain, shift }, kind: grain === 'day' ? 'day' : 'other', priority: 1 };
  },
};

/** "January this year", "June last year". */
const monthOfRelativeYear: Rule = {
  name: 'month-this-year',
  triggers: [...MONTHS.keys()],
  match(s, i) {
    const t = s.at(i)!;
    if (!t.cap || t.lower.length < 4 && t.lower !== 'may') return null;
    const shift = SHIFT.get(s.word(i + 1));
    if (shift === undefined || s.word(i + 2) !== 'year' || s.word(i + 1) === 'past') return null;
    const m = MONTHS.get(t.lower)!;
    if (!s.ref) return { start: i, end: i + 3, type: 'date', value: `XXXX-${String(m).padStart(2, '0')}` };
    return { start: i, end: i + 3, type: 'date', value: `${fmtYear(s.ref.y + shift)}-${String(m).padStart(2, '0')}` };
  },
};

const BACK = new Set(['ago', 'earlier', 'before', 'back']);
const AHEAD = new Set(['hence', 'after']);
const NUMBER_TRIGGERS = ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'several', 'few', 'some', 'many', 'couple', 'dozens'];

/** "three years ago", "a year earlier", "two weeks later", "five days from now". */
const ago: Rule = {
  name: 'ago',
  triggers: ['#num', ...NUMBER_TRIGGERS],
  // A number, then the unit.
  follows: {
    ...Object.fromEntries(NUMBER_TRIGGERS.map((w) => [w, [...AFTER_NUMBER_WORD, ...UNITS.keys()]])),
    '#num': ['#num', ...UNITS.keys()], a: [...A_NUMBER, ...UNITS.keys()], an: [...A_NUMBER, ...UNITS.keys()],
  },
  match(s, i) {
    let j = i;
    const n = parseNumber(s.tokens, j);
    if (!n) return null;
    j = n.end;
    const unit = UNITS.get(s.word(j));
    if (!unit) return null;
    j++;
    let dir = 0;
    let end = j + 1;
    const w = s.word(j);
    if (BACK.has(w)) dir = -1;
    // "three days later" counts from a past event, not from the article's date: TimeML tags "three
    // days" a duration and leaves "later" out (the duration rule takes it).
    else if (w === 'later') return null;
    else if (AHEAD.has(w)) dir = 1;
    else if (w === 'from' && s.word(j + 1) === 'now') { dir = 1; end = j + 2; }
    else return null;
    // "a year before the war" is a duration and a signal; only "ago", "earlier", "later" stand alone.
    if ((w === 'before' || w === 'after') && !/^[.,;:)!?]?$/.test(s.word(j + 1))) return null;
    if (n.value === null) return { start: i, end, type: 'date', value: dir < 0 ? 'PAST_REF' : 'FUTURE_REF' };
    // "1989 years ago" is not a date this stage can write (nor a likely one).
    if (n.value > 200) return null;
    const k = Math.round(n.value) * dir;
    let value: string;
    switch (unit.name) {
      case 'day': value = shifted(s.ref, 'day', k); break;
      case 'week': value = shifted(s.ref, 'week', k); break;
      case 'month': value = shifted(s.ref, 'month', k); break;
      case 'quarter': value = shifted(s.ref, 'quarter', k); break;
      case 'year':
        // In earnings news "a year ago" is the reported quarter of the year before.
        value = k === -1 && s.earningsNews() && s.ref ? yearBefore(reportedQuarter(s.ref, s.reportedQuarter())) : shifted(s.ref, 'year', k);
        break;
      case 'decade': value = shifted(s.ref, 'year', 10 * k); break;
      case 'century': value = shifted(s.ref, 'year', 100 * k); break;
      default: value = s.ref ? fmtDate(s.ref) : 'XXXX-XX-XX';
    }
    if (value.startsWith('-')) return null;
    return { start: i, end, type: 'date', value };
  },
};

const YEAR_WORDS = new Set(['fiscal', 'full', 'current', 'latest', 'entire', 'calendar', 'whole']);

/** "year-end", "year end", "year's end": the end of the reference's year (the last one after "since"). */
const yearEnd: Rule = {
  name: 'year-end',
  triggers: ['year'],
  match(s, i) {
    let end: number;
    if (s.word(i + 1) === 'end') end = i + 2;
    else if (s.word(i + 1) === '-' && !s.at(i + 1)!.space && s.word(i + 2) === 'end') end = i + 3;
    else if ((s.word(i + 1) === "'" || s.word(i + 1) === '’') && s.word(i + 2) === 's' && s.word(i + 3) === 'end') end = i + 4;
    else return null;
    if (s.word(i - 1) === 'the' || s.word(i - 1) === '-') return null;
    const back = s.word(i - 1) === 'since' || s.word(i - 1) === 'last';
    const y = s.ref ? fmtYear(s.ref.y - (back ? 1 : 0)) : 'XXXX';
    return { start: i, end, type: 'date', value: y };
  },
};

/** "the year", "the month", "the week": the reference's own, or a span of one when "for" precedes. */
const theGrain: Rule = {
  name: 'the-grain',
  triggers: ['the'],
  follows: { the: [...YEAR_WORDS, 'year', 'month', 'week'] },
  match(s, i) {
    let j = i + 1;
    let latest = false;
    while (YEAR_WORDS.has(s.word(j))) { if (s.word(j) === 'latest') latest = true; j++; }
    const w = s.word(j);
    const end = j + 1;
    if (w !== 'year' && w !== 'month' && w !== 'week') return null;
    if (j > i + 1 && w !== 'year') return null;
    if (s.word(end) === '-' || s.word(end) === 'before' || s.word(end) === 'after' || s.word(end) === 'of' || s.word(end) === 'ago') return null;
    const prev = s.word(i - 1);
    // "the fiscal year ended March 31", "the week ended Feb. 8" are the span up to that date, whatever the preposition.
    const ended = !latest && (s.word(end) === 'ended' || s.word(end) === 'ending');
    if (((prev === 'for' || prev === 'throughout' || prev === 'over') && j === i + 1) || ended) {
      return { start: i, end, type: 'duration', value: w === 'year' ? 'P1Y' : w === 'month' ? 'P1M' : 'P1W', priority: -1 };
    }
    const value = w === 'week' ? (s.ref ? 'XXXX-WXX'.replace('XXXX', fmtYear(s.ref.y)) : 'XXXX-WXX') : shifted(s.ref, w as Grain, latest ? -1 : 0);
    return { start: i, end, type: 'date', value, priority: -1 };
  },
};

export const relativeRules: readonly Rule[] = [anaphor, deictic, shiftedGrain, monthOfRelativeYear, ago, theGrain, yearEnd];
