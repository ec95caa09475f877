// Rules after the tagger, for what news text needs and the training data cannot teach:
// - a name whose head says "place" is a place ("Camp Ashraf", "Green Zone", "Diyala Province");
// - "the United Nations and Baghdad" is two names when either side is found on its own elsewhere;
// - text glued by a scraper ("mko3Iraqi") is no name.
import type { Mention } from '../../core/document.js';

const PLACE_FIRST = new Set(['camp', 'fort', 'mount', 'mt.', 'lake', 'cape', 'port', 'gulf']);
const PLACE_LAST = new Set(
  'zone province provinces region valley river square street avenue island islands mountains desert sea ocean district governorate peninsula strait bay airport base border crossing'.split(' '),
);
const GLUED = /^\p{Ll}+\d/u;

function placeHead(text: string): boolean {
  const words = text.toLowerCase().split(' ');
  return words.length >= 2 && (PLACE_FIRST.has(words[0]!) || PLACE_LAST.has(words[words.length - 1]!));
}

/** Split "X and Y" when X or Y is a mention of its own elsewhere in the document. */
function splitCoordination(mentions: Mention[]): Mention[] {
  const seen = new Map<string, string>();
  for (const m of mentions) if (!m.text.includes(' and ')) seen.set(m.text, m.type);
  const out: Mention[] = [];
  for (const m of mentions) {
    const at = m.text.indexOf(' and ');
    if (at < 0) {
      out.push(m);
      continue;
    }
    const left = m.text.slice(0, at);
    const right = m.text.slice(at + 5);
    if (!seen.has(left) && !seen.has(right)) {
      out.push(m);
      continue;
    }
    const rs = m.start + at + 5;
    out.push({ text: left, start: m.start, end: m.start + at, type: seen.get(left) ?? m.type });
    out.push({ text: right, start: rs, end: m.end, type: seen.get(right) ?? m.type });
  }
  return out;
}

export function refineMentions(mentions: Mention[]): Mention[] {
  const kept = mentions.filter((m) => !GLUED.test(m.text));
  for (const m of kept) if ((m.type === 'organization' || m.type === 'misc') && placeHead(m.text)) m.type = 'place';
  return splitCoordination(kept);
}
