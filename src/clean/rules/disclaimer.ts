// Legal notices in prose form: "for informational purposes only ... not responsible for ... consult a
// qualified advisor". One such phrase occurs in articles; two or more in one block make it the site's
// standing disclaimer. A block the writer labels "Disclaimer:" is part of the article and stays.
import { decide, type Rule } from './rule.js';
import { phraseKey } from './shape.js';

const MARKERS = [
  'informational purposes', 'general information only', 'not intended to', 'consult a qualified', 'consult your own',
  'consult your financial', 'not responsible for the content', 'held liable', 'not guaranteed', 'should not be relied',
  'not a substitute for', 'express written consent', 'should not be considered', 'not legal advice', 'not provide tax',
];

/** Distinct notice phrases a block must hold to be a disclaimer. */
const MIN_MARKERS = 2;

// Most markers share a word: a block without it need not be searched for any of them.
const GROUPS: readonly (readonly [string, readonly string[]])[] = ['not ', 'consult ', ''].map((word, k, words) =>
  [word, MARKERS.filter((m) => (word === '' || m.includes(word)) && !words.slice(0, k).some((w) => w !== '' && m.includes(w)))]);

const LEGAL = decide('legal disclaimer');

export const disclaimer: Rule = (block) => {
  const key = phraseKey(block.text);
  if (key.startsWith('disclaimer')) return null;
  // Indexed loops and a count that every marker updates: the paths a rare match takes (an early exit
  // from for-of, an increment) would otherwise be code TurboFan compiled without ever seeing it run.
  let found = 0;
  for (let g = 0; g < GROUPS.length; g++) {
    const word = GROUPS[g]![0];
    const markers = GROUPS[g]![1];
    if (word !== '' && !key.includes(word)) continue;
    for (let i = 0; i < markers.length; i++) {
      found += key.includes(markers[i]!) ? 1 : 0;
      if (found >= MIN_MARKERS) return LEGAL;
    }
  }
  return null;
};
