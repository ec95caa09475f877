// The article's own date when its text gives one: a date line ("March 22, 2013"), a byline stamp
// ("Published: 2013-03-22 14:05"), or a dateline ("BAGHDAD, March 22 (Xinhua) –"). Only the head
// of the text is read, and only short lines or lines that say what the date is, so that the first
// date of the story itself ("On March 22, 1990, ...") is not taken for the publication date.
import type { Span } from '../../core/document.js';
import { parseReference } from './calendar.js';
import { findDates } from './index.js';

const HEAD_CHARS = 1500;
const HEAD_LINES = 15;
const SHORT_LINE = 80;
const STAMP = /\b(published|posted|updated|dated?|last modified|first published)\b/i;

/** `YYYY-MM-DD` of the publication date written at the head of `text`, or null. */
export function findPublishedDate(text: string): string | null {
  const head = text.slice(0, HEAD_CHARS);
  let start = 0;
  for (let n = 0; n < HEAD_LINES && start < head.length; n++) {
    let end = head.indexOf('\n', start);
    if (end < 0) end = head.length;
    const line = head.slice(start, end);
    const trimmed = line.trim();
    if (trimmed) {
      const span: Span[] = [{ start: 0, end: line.length }];
      const full = findDates(line, span, null).filter((d) => /^\d{4}-\d\d-\d\d/.test(d.value) && parseReference(d.value));
      // A dateline: the date comes within the first words, before the story's own dash or parenthesis.
      const dateline = full.find((d) => d.start < 60 && /^[\s,]*(\(|–|—|-|\/)/.test(line.slice(d.end)));
      const pick = trimmed.length <= SHORT_LINE || STAMP.test(line) ? full[0] : dateline;
      if (pick) return pick.value.slice(0, 10);
    }
    start = end + 1;
  }
  return null;
}
