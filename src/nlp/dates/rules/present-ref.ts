// References to the present, past and future without a date: "now", "currently", "recently",
// "the past", "the future", "the near term", "these days". Values PRESENT_REF, PAST_REF, FUTURE_REF.
import type { Rule } from '../engine.js';

const SINGLE = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'], ['presently', 'PRESENT_REF'],
  ['recently', 'PAST_REF'], ['lately', 'PAST_REF'], ['current', 'PRESENT_REF'], ['recent', 'PAST_REF'], ['future', 'FUTURE_REF'],
]);
const NOT_AFTER_CURRENT = new Set(['account', 'accounts', 'affairs', 'events', 'flows', 'flow', 'president', 'chairman', 'members', 'member', 'law', 'laws', 'system', 'rules', 'level', 'levels', 'version', 'situation', 'crisis', 'government', 'administration', 'policy', 'regime', 'state', 'form']);

const single: Rule = {
  name: 'present-past-future-word',
  triggers: [...SINGLE.keys()],
  match(s, i) {
    const w = s.word(i);
    let start = i;
    if (w === 'recently' && s.word(i - 1) === 'more' || w === 'recently' && s.word(i - 1) === 'most') start = i - 1;
    if (w === 'current' && (NOT_AFTER_CURRENT.has(s.word(i + 1)) || s.word(i - 1) === 'electric' || s.word(i - 1) === 'ocean')) return null;
    if (w === 'recent' && (s.word(i - 1) === 'the' || s.word(i - 1) === 'most' || s.word(i - 1) === 'more')) return null;
    if (w === 'future') {
      // "the future", "the near future", "future quarters"; not "futures" (separate word) or "future tense".
      if (s.word(i - 1) === 'near' && s.word(i - 2) === 'the') start = i - 2;
      else if (s.word(i - 1) === 'foreseeable') return null;
      else if (s.word(i - 1) === 'the') start = i - 1;
      else if (s.word(i + 1) !== 'quarters' && s.word(i + 1) !== 'years' && s.word(i + 1) !== 'months') return null;
      if (s.word(i + 1) === 'quarters' || s.word(i + 1) === 'years' || s.word(i + 1) === 'months') return { start, end: i + 2, type: 'date', value: 'FUTURE_REF' };
    }
    return { start, end: i + 1, type: 'date', value: SINGLE.get(w)! };
  },
};

const PHRASES: ReadonlyArray<[string[], string]> = [
  [['the', 'past'], 'PAST_REF'], [['the', 'near', 'term'], 'FUTURE_REF'], [['the', 'short', 'term'], 'FUTURE_REF'],
  [['these', 'days'], 'PRESENT_REF'], [['at', 'present'], 'PRESENT_REF'], [['the', 'present'], 'PRESENT_REF'],
  [['recent', 'days'], 'PAST_REF'], [['the', 'time', 'being'], 'PRESENT_REF'], [['a', 'later', 'date'], 'FUTURE_REF'],
  [['as', 'soon', 'as', 'possible'], 'FUTURE_REF'],
];

const phrase: Rule = {
  name: 'present-past-future-phrase',
  triggers: ['the', 'these', 'at', 'recent', 'a', 'as'],
  follows: Object.fromEntries(['the', 'these', 'at', 'recent', 'a', 'as'].map((t) => [t, PHRASES.filter(([w]) => w[0] === t).map(([w]) => w[1]!)])),
  match(s, i) {
    for (const [words, value] of PHRASES) {
      if (words[0] !== s.word(i)) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = s.word(i + k) === words[k];
      if (!ok) continue;
      const next = s.word(i + words.length);
      // "the past two years", "the past year" are longer expressions of their own; "the present study" is no date.
      if (words[1] === 'past' && (next === 'few' || next === 'several' || /^(year|month|week|decade|day|quarter)s?$/.test(next))) continue;
      if (words[1] === 'present' && s.at(i + 2)?.kind === 'word' && next !== 'and') continue;
      if (words[0] === 'at' && words[1] === 'present') return { start: i + 1, end: i + 2, type: 'date', value };
      return { start: i, end: i + words.length, type: 'date', value };
    }
    return null;
  },
};

export const presentRefRules: readonly Rule[] = [single, phrase];
