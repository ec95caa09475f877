// What stands before the headline on its own line: a breadcrumb trail ("Articles > Careers > Headline")
// or a one-word label ("Introduction: How to Make Furniture" while the page also prints "How to Make
// Furniture" on a line of its own; "Transcript:", "PROJECT:"), neither part of the headline.
import type { Block } from '../types.js';

/** Lines of the page searched for the bare headline. */
const MAX_LINES = 2000;
/** Trail separators; "»" and "/" trails never become candidates (see excluded in title.ts). */
const CRUMB_SEPARATORS = [' > ', ' › '];
/** The last crumb must be this long to be a headline rather than a section name. */
const MIN_CRUMB_WORDS = 3;

/** The last crumb of "A > B > Headline" (two separators at least), or null. */
function lastCrumb(text: string): string | null {
  for (const sep of CRUMB_SEPARATORS) {
    const parts = text.split(sep);
    if (parts.length < 3) continue;
    const last = parts[parts.length - 1]!.trim();
    return last.split(' ').length >= MIN_CRUMB_WORDS ? last : null;
  }
  return null;
}

/**
 * Labels a site puts before a post's headline to name the kind of post ("Blog: ...", "Case study: ..."),
 * lower-cased: no page's own title keeps them.
 */
const SECTION_LABELS = new Set(['blog', 'news', 'article', 'podcast', 'video', 'webinar', 'case study', 'press release', 'report', 'opinion']);

/** The headline line without a trail or a one-word label before it (the label only when the page prints the rest alone). */
export function withoutLabel(blocks: readonly Block[], index: number): string {
  const text = blocks[index]!.text;
  const crumb = lastCrumb(text);
  if (crumb) return crumb;
  const colon = text.indexOf(': ');
  if (colon <= 0) return text;
  const rest = text.slice(colon + 2).trim();
  if (!rest.includes(' ')) return text;
  if (SECTION_LABELS.has(text.slice(0, colon).toLowerCase())) return rest;
  if (text.slice(0, colon).includes(' ')) return text;
  const want = rest.toLowerCase();
  for (let j = 0; j < blocks.length && j < MAX_LINES; j++) {
    if (j !== index && blocks[j]!.text.toLowerCase() === want) return rest;
  }
  return text;
}
