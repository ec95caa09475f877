// A name after a shirt number or a seeding ("France - 1 - Bernard Lama; 2 - Lilian Thuram (14 - Sabri
// Lamouchi 87th)", "Petr Korda beat 12 - Francisco Clavet") is a player: a person, here and wherever
// the document names them. Not after a date ("NEW YORK, Aug 27 - Moody's").
import type { Mention } from '../../core/document.js';
import { mapMentions, retyped } from './mention.js';
import { charAt, Ch, codeAt, isDigit } from './chars.js';

/** Is the mention at `start` after "N - " or "N- " (N of 1 or 2 digits) that follows no capitalised word? */
function afterNumber(text: string, start: number): boolean {
  // "4 - Hakan Unsal" or "(17- Orhan Cikirikci".
  if (start < 3 || codeAt(text, start - 1) !== Ch.space || codeAt(text, start - 2) !== Ch.dash) return false;
  let i = codeAt(text, start - 3) === Ch.space ? start - 3 : start - 2;
  const end = i;
  while (i > end - 2 && isDigit(charAt(text, i - 1))) i--;
  if (i === end || isDigit(charAt(text, i - 1))) return false;
  // What comes before the number, past one space: the line's start, a comma, a bracket, a dash, or a
  // word such as "beat" or "vs."; not a capitalised word (a month, a name).
  // A dash only as a word of its own ("Turkey - 1 -", not "VMIG-1 -").
  const spaced = codeAt(text, i - 1) === Ch.space;
  if (spaced) i--;
  const c = codeAt(text, i - 1);
  if (c === Ch.dash) return spaced;
  if (c === -1 || c === Ch.newline || c === Ch.open || c === Ch.comma || c === Ch.semicolon) return true;
  let s = i - 1;
  while (s > 0 && codeAt(text, s - 1) !== Ch.space && codeAt(text, s - 1) !== Ch.newline) s--;
  const first = text[s]!;
  return first !== first.toUpperCase();
}

export function numberedPlayers(text: string, mentions: Mention[]): Mention[] {
  const players = new Set<string>();
  for (const m of mentions) if (afterNumber(text, m.start)) players.add(m.text);
  if (!players.size) return mentions;
  return mapMentions(mentions, (m) => (m.type !== 'person' && players.has(m.text) ? retyped(m, 'person') : m));
}
