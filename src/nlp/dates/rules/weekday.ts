// Days of the week: "Monday" (the one before the reference in past-tense news, after it in the
// future tense), "last Friday", "next Monday", "this coming Sunday", "Mondays" (a set).
import type { Rule } from '../engine.js';
import { WEEKDAYS, WEEKDAY_ABBREVIATIONS } from '../lexicon.js';
import { shiftedWeekday, weekdayDate } from '../resolve.js';

const SHIFT = new Map([['last', -1], ['past', -1], ['previous', -1], ['next', 1], ['following', 1], ['this', 0], ['coming', 0]]);

function weekdayAt(s: Parameters<Rule['match']>[0], i: number): { wd: number; end: number; plural: boolean } | null {
  const t = s.at(i);
  if (!t || t.kind !== 'word') return null;
  const wd = WEEKDAYS.get(t.lower);
  if (wd !== undefined) return { wd, end: i + 1, plural: t.lower.endsWith('s') && t.lower !== 'thursday' };
  // "Tue.", "Wed." only capitalised and with their dot: "wed" and "sun" are words.
  const ab = WEEKDAY_ABBREVIATIONS.get(t.lower);
  if (ab !== undefined && t.cap && s.at(i + 1)?.text === '.' && !s.at(i + 1)!.space) return { wd: ab, end: i + 2, plural: false };
  return null;
}

const weekday: Rule = {
  name: 'weekday',
  triggers: [...WEEKDAYS.keys(), ...WEEKDAY_ABBREVIATIONS.keys()],
  match(s, i) {
    const d = weekdayAt(s, i);
    if (!d) return null;
    if (d.plural) return { start: i, end: d.end, type: 'set', value: `XXXX-WXX-${d.wd}` };
    const end = d.end;
    return { start: i, end, type: 'date', value: weekdayDate(s.ref, d.wd, s.tense(i, end)), kind: 'weekday' };
  },
};

const shiftedWeekdayRule: Rule = {
  name: 'last-next-weekday',
  triggers: [...SHIFT.keys(), 'the'],
  follows: { the: ['previous', 'following'], this: ['coming', 'past', ...WEEKDAYS.keys(), ...WEEKDAY_ABBREVIATIONS.keys()] },
  match(s, i) {
    let j = i;
    // "the previous Friday", "the following Monday"
    if (s.word(j) === 'the' && (s.word(j + 1) === 'previous' || s.word(j + 1) === 'following')) j++;
    if (s.word(j) === 'this' && (s.word(j + 1) === 'coming' || s.word(j + 1) === 'past')) j++;
    const shift = SHIFT.get(s.word(j));
    if (shift === undefined) return null;
    const d = weekdayAt(s, j + 1);
    if (!d || d.plural) return null;
    return { start: i, end: d.end, type: 'date', value: s.word(j) === 'past' ? shiftedWeekday(s.ref, d.wd, -1) : shiftedWeekday(s.ref, d.wd, shift), kind: 'weekday' };
  },
};

export const weekdayRules: readonly Rule[] = [weekday, shiftedWeekdayRule];
