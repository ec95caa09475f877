// A newspaper's "The" is part of its name when written with a capital: "The Times newspaper said",
// "The Washington Post carried", "The New York Times said" (CoNLL train and valid include it every
// time, ten of ten), while "the Washington Post reported" keeps its lower-case "the" outside.
import type { Mention } from '../../core/document.js';
import { mapMentions, mention } from './mention.js';

// The last words of newspapers' names. Not organizations.ts's MEDIA_HEADS: that list makes a place or a
// MISC name an organisation, so it leaves out "Sun" and "Independent"; here the mention is already an
// organisation, and broadcasters ("Radio", "TV") do not take "The".
const PAPER_HEADS = new Set('times post journal herald guardian observer independent telegraph tribune statesman sun mirror express gazette chronicle economist'.split(' '));
const THE = 'The ';

/** Is `m` an organisation named after a newspaper's head word, right after a capitalised "The "? */
function afterThe(text: string, m: Mention): boolean {
  if (m.type !== 'organization' || m.start < THE.length || text.slice(m.start - THE.length, m.start) !== THE) return false;
  const space = m.text.lastIndexOf(' ');
  return PAPER_HEADS.has(m.text.slice(space + 1).toLowerCase());
}

export function newspaperArticles(text: string, mentions: Mention[]): Mention[] {
  return mapMentions(mentions, (m) => (afterThe(text, m) ? mention(text.slice(m.start - THE.length, m.end), m.start - THE.length, m.end, m.type) : m));
}
