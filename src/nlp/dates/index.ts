// Date stage: every temporal expression in the text with its TIMEX3 type and value, relative ones
// resolved against the reference date (the article's publication date) in the direction its
// tense points. A rule-based tagger in the manner of HeidelTime and chrono-node: one rule family
// per file under rules/, one scanning loop and the merging refiners in engine.ts.
import type { DateMention, Span } from '../../core/document.js';
import { parseReference } from './calendar.js';
import { Engine, type Rule } from './engine.js';
import { warmUp } from './warmup.js';
import { absoluteRules } from './rules/absolute.js';
import { decadeRules } from './rules/decade.js';
import { durationRules } from './rules/duration.js';
import { holidayRules } from './rules/holiday.js';
import { presentRefRules } from './rules/present-ref.js';
import { quarterRules } from './rules/quarter.js';
import { relativeRules } from './rules/relative.js';
import { seasonRules } from './rules/season.js';
import { setRules } from './rules/set.js';
import { timeOfDayRules } from './rules/time-of-day.js';
import { weekdayRules } from './rules/weekday.js';

/** Every rule, in the order the engine tries them (which breaks ties between equal matches). */
export const dateRules: readonly Rule[] = [
  ...absoluteRules, ...relativeRules, ...weekdayRules, ...durationRules, ...setRules, ...decadeRules,
  ...seasonRules, ...quarterRules, ...timeOfDayRules, ...presentRefRules, ...holidayRules,
];

let engine: Engine | null = null;

/** The date rules' warm-up (see warmup.ts), for a worker thread before its first document. */
export function warmUpDates(): void {
  warmUp(getEngine());
}

function getEngine(): Engine {
  engine ??= new Engine(dateRules);
  return engine;
}

/**
 * Temporal expressions in `text`, in text order. `reference` is `YYYY-MM-DD` (or an ISO timestamp)
 * or null; without it, what cannot be known is written with X (`XXXX-WXX-1`).
 */
export function findDates(text: string, sentences: readonly Span[], reference: string | null): DateMention[] {
  return getEngine().run(text, sentences, parseReference(reference));
}
