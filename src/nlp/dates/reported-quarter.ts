// The quarter an earnings story reports on. "The quarter", "the latest period" and "a year ago"
// in such a story mean that quarter (and the same one a year before); most stories report the one
// just ended, but a company with another fiscal year reports its "fiscal first quarter" in October.
import type { Token } from './tokens.js';

const ORDINALS = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4]]);

/**
 * The ordinal quarter the tokens name most often ("third-quarter", "the fourth quarter", "the
 * fiscal first quarter", "first fiscal quarter"), the one named first on a tie (the lead of an
 * earnings story names the quarter it reports); 0 when they name none.
 */
export function mostNamedQuarter(tokens: readonly Token[]): number {
  const counts = [0, 0, 0, 0, 0];
  let first = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const n = ORDINALS.get(tokens[i]!.lower);
    if (n === undefined) continue;
    let j = i + 1;
    if (tokens[j]!.lower === '-' || tokens[j]!.lower === 'fiscal') j++;
    if (j < tokens.length && tokens[j]!.lower === 'quarter') {
      counts[n]!++;
      if (first === 0) first = n;
    }
  }
  let best = first;
  for (let n = 1; n <= 4; n++) if (counts[n]! > counts[best]!) best = n;
  return best;
}
