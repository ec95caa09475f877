// Author bios that close an article ("Jane Rowe is a freelance writer who covers ports..."): the page's
// words about its writer, not the article's. Marked as chrome, so the densest run does not end on them;
// one in the middle of the text stays, as chrome prose inside a run does.
import { isProseOf, wordCount } from '../rules/shape.js';
import type { Block } from '../types.js';

/** A name of two to four capitalised words ("Dr." counts as one) opening the line, then what the person is or does. */
const NAME_THEN_VERB = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3},?\s(?:is|was|has|writes|covers|specializes|serves|joined|holds|leads)\s/u;
/** "About the author: Ana Lima is ..." */
const ABOUT = /^about the (?:author|contributor|writer)s?:?\s*/iu;
/** What a writer's bio says of its subject; a profile's opening line about a chef or a band does not. */
const WRITER_WORDS = /\b(?:writer|editor|journalist|reporter|contributor|freelance|columnist|blogger|analyst|professor|faculty|specializ[a-z]*|years of experience)\b/iu;
/** Bios are short; a long paragraph opening with a name is the article's. */
const MAX_BIO_WORDS = 120;
/** Only blocks after this share of the page's prose words: an article may open by presenting its writer. */
const FROM_SHARE = 0.5;

export function isAuthorBio(text: string): boolean {
  return wordCount(text) <= MAX_BIO_WORDS && NAME_THEN_VERB.test(text.replace(ABOUT, '')) && WRITER_WORDS.test(text);
}

/** The blocks, with author bios in the second half of the prose marked as chrome. */
export function markAuthorBios(blocks: readonly Block[]): Block[] {
  const proseWords = blocks.map((b) => {
    const words = wordCount(b.text);
    return isProseOf(b.text, words) ? words : 0;
  });
  let total = 0;
  for (const n of proseWords) total += n;
  let seen = 0;
  return blocks.map((b, i) => {
    const late = seen >= total * FROM_SHARE;
    seen += proseWords[i]!;
    return late && !b.chrome && isAuthorBio(b.text) ? { ...b, chrome: true } : b;
  });
}
