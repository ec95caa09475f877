// Two people's names are never written side by side with only a space between them ("277 Duffy
// Waldorf 70 70 71 66", "4 - German Villa"): where the tagger begins a second name right after a first
// (in results tables above all), the two are one person's name.
import type { Mention } from '../../core/document.js';
import { mention } from './mention.js';
import { Ch, codeAt } from './chars.js';

const adjacent = (text: string, a: Mention, b: Mention): boolean =>
  a.type === 'person' && b.type === 'person' && b.start === a.end + 1 && codeAt(text, a.end) === Ch.space;

export function joinAdjacentPeople(text: string, mentions: Mention[]): Mention[] {
  let any = false;
  for (let i = 1; i < mentions.length && !any; i++) any = adjacent(text, mentions[i - 1]!, mentions[i]!);
  // Most documents have none: no copy then.
  if (!any) return mentions;
  const out: Mention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (last && adjacent(text, last, m)) out[out.length - 1] = mention(text.slice(last.start, m.end), last.start, m.end, 'person');
    else out.push(m);
  }
  return out;
}
