// A headline printed on one line with its date, "Dec 18 2025 Preparing a transition in Debusine" or
// "Advent of Code 2025 week 2 20 December 2025": blog index pages and plain themes set them so. The date
// rule drops the line as a date line; the headline is the line without the date.
import { isMonthName } from './published.js';
import { wordCount } from './shape.js';

/** The date at the line's start, then a space or a dash or bar between spaces; group 1 or 2 is the month name. */
const DATE_FIRST = /^(?:([A-Za-z]{3,9})\.? [0-3]?[0-9](?:st|nd|rd|th)?,? [12][0-9]{3}|[0-3]?[0-9](?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? [12][0-9]{3}|[12][0-9]{3}-[01]?[0-9]-[0-3]?[0-9]) (?:[-–—|·] )?/u;
/** The date at the line's end, after a space or a dash or bar between spaces. */
const DATE_LAST = / (?:[-–—|·] )?(?:([A-Za-z]{3,9})\.? [0-3]?[0-9](?:st|nd|rd|th)?,? [12][0-9]{3}|[0-3]?[0-9](?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? [12][0-9]{3}|[12][0-9]{3}-[01]?[0-9]-[0-3]?[0-9])$/u;

/** Words a headline keeps once its date is cut off: fewer, and the line was a dated label ("Updated Dec 18 2025"). */
const MIN_WORDS = 3;

/** The match's month group, if it has one, is a month's name: "Week 2 2025" is no date. */
const named = (m: RegExpExecArray) => {
  const name = m[1] ?? m[2];
  return name === undefined || isMonthName(name);
};

/** The line without a date at its start or end, or null when it has none there or too little is left. */
export function withoutDate(text: string): string | null {
  let rest: string | null = null;
  const first = DATE_FIRST.exec(text);
  if (first !== null && named(first)) rest = text.slice(first[0].length);
  else {
    const last = DATE_LAST.exec(text);
    if (last !== null && named(last)) rest = text.slice(0, last.index);
  }
  if (rest === null) return null;
  rest = rest.trim();
  return wordCount(rest) >= MIN_WORDS ? rest : null;
}

