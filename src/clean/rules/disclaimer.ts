// Legal notices in prose form: "for informational purposes only ... not responsible for ... consult a
// qualified advisor". One such phrase occurs in articles; two or more in one block make it the site's
// standing disclaimer. A block the writer labels "Disclaimer:" is part of the article and stays.
import { decide, type Rule } from './rule.js';

const MARKERS = [
  'informational purposes', 'general information only', 'not intended to', 'consult a qualified', 'consult your own',
  'consult your financial', 'not responsible for the content', 'held liable', 'not guaranteed', 'should not be relied',
  'not a substitute for', 'express written consent', 'should not be considered', 'not legal advice', 'not provide tax',
];

/** Distinct notice phrases a block must hold to be a disclaimer. */
const MIN_MARKERS = 2;

/**
 * Each marker is looked for only where its pivot stands: a word most markers share ("not ", "consult ",
 * "information"), else the marker itself. A block is searched once per pivot, not once per marker, and
 * a marker is tested by startsWith at each place its pivot occurs.
 */
const PIVOT_WORDS = ['not ', 'consult ', 'information'];

interface Pivot {
  word: string;
  /** The markers holding the word, where it stands in each, and each marker's bit in the found mask. */
  markers: string[];
  offsets: number[];
  bits: number[];
}

const PIVOTS: readonly Pivot[] = (() => {
  const pivots: Pivot[] = [];
  for (let k = 0; k < MARKERS.length; k++) {
    const marker = MARKERS[k]!;
    const word = PIVOT_WORDS.find((w) => marker.includes(w)) ?? marker;
    let pivot = pivots.find((p) => p.word === word);
    if (!pivot) pivots.push((pivot = { word, markers: [], offsets: [], bits: [] }));
    pivot.markers.push(marker);
    pivot.offsets.push(marker.indexOf(word));
    pivot.bits.push(1 << k);
  }
  return pivots;
})();

const LEGAL = decide('legal disclaimer');

export const disclaimer: Rule = (_block, ctx) => {
  const key = ctx.key;
  if (key.startsWith('disclaimer')) return null;
  // A mask of the distinct markers found: two bits set make the block a notice. Indexed loops, and the
  // mask updated by every test: the paths a rare match takes (an early exit from for-of, a branch) would
  // otherwise be code TurboFan compiled without ever seeing it run.
  let found = 0;
  for (let g = 0; g < PIVOTS.length; g++) {
    const pivot = PIVOTS[g]!;
    for (let at = key.indexOf(pivot.word); at >= 0; at = key.indexOf(pivot.word, at + 1)) {
      for (let i = 0; i < pivot.markers.length; i++) {
        const from = at - pivot.offsets[i]!;
        found |= from >= 0 && key.startsWith(pivot.markers[i]!, from) ? pivot.bits[i]! : 0;
      }
      if ((found & (found - 1)) !== 0) return LEGAL;
    }
  }
  return null;
};
