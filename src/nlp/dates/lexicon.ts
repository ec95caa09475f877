// The words temporal expressions are built from, each mapped to what it means.

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);
/** Abbreviations that are only a month when a dot or a day number follows ("Mar." but not "mar"). */
export const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec']);

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
  ['mondays', 1], ['tuesdays', 2], ['wednesdays', 3], ['thursdays', 4], ['fridays', 5], ['saturdays', 6], ['sundays', 7],
]);
export const WEEKDAY_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['thu', 4], ['thur', 4], ['thurs', 4], ['fri', 5], ['sat', 6], ['sun', 7],
]);

export const UNITS_ONE: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);
export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15],
  ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30],
  ['twenty-first', 21], ['thirty-first', 31],
]);
export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** Calendar units and their TIMEX3 duration letters; `time` units go after the "T". */
export interface Unit { code: string; time: boolean; name: UnitName }
export type UnitName = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second' | 'decade' | 'century' | 'quarter';
const unit = (name: UnitName, code: string, time = false): Unit => ({ name, code, time });
const U = {
  year: unit('year', 'Y'), month: unit('month', 'M'), week: unit('week', 'W'), day: unit('day', 'D'),
  hour: unit('hour', 'H', true), minute: unit('minute', 'M', true), second: unit('second', 'S', true),
  decade: unit('decade', 'DE'), century: unit('century', 'CE'), quarter: unit('quarter', 'Q'),
};
export const UNITS: ReadonlyMap<string, Unit> = new Map([
  ['year', U.year], ['years', U.year], ['yr', U.year], ['yrs', U.year], ['month', U.month], ['months', U.month],
  ['week', U.week], ['weeks', U.week], ['day', U.day], ['days', U.day], ['hour', U.hour], ['hours', U.hour],
  ['minute', U.minute], ['minutes', U.minute], ['second', U.second], ['seconds', U.second], ['decade', U.decade],
  ['decades', U.decade], ['century', U.century], ['centuries', U.century], ['quarter', U.quarter], ['quarters', U.quarter],
]);
export const PLURAL_UNITS = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'decades', 'centuries', 'quarters']);

export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);

export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['nights', 'NI'], ['mornings', 'MO'],
  ['evenings', 'EV'], ['afternoons', 'AF'], ['midday', 'MI'],
]);

export const TIME_ZONES = new Set(['et', 'pt', 'ct', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest']);
