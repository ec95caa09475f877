// The headline in a text scrape: the headline-like line closest before the article body.
import type { Block } from '../types.js';
import { isDateLine } from './published.js';
import { endsLikeSentence, wordCount } from './shape.js';

export function looksLikeHeadline(text: string): boolean {
  const words = wordCount(text);
  if (words < 2 || words > 30 || text.length > 220) return false;
  if (isDateLine(text)) return false;
  const last = text[text.length - 1]!;
  // Headlines end without a full stop; a question or exclamation mark is fine.
  if (endsLikeSentence(text) && last !== '?' && last !== '!' && last !== '"' && last !== '”' && last !== ')') return false;
  return /^[\p{Lu}\p{N}"“‘'¿¡]/u.test(text);
}

const NOT_HEADLINE = ['by ', 'written by', 'posted ', 'published', 'updated', 'share', 'min read', 'minute read', 'reviewed by', 'edited by', 'home', 'you are here'];

/** Lines that follow a headline: a byline, a date, a reading time, an update stamp. */
const AFTER_HEADLINE = ['by ', 'by:', 'author', 'written by', 'posted', 'published', 'updated', 'last updated', 'on '];
const READ_TIME = ['min read', 'minute read', 'mins read', 'read time', 'reading time'];

export function looksLikeByOrDate(text: string): boolean {
  if (text.length > 160) return false;
  const lower = text.toLowerCase();
  if (lower === 'by' || isDateLine(text)) return true;
  if (AFTER_HEADLINE.some((w) => lower.startsWith(w))) return true;
  return READ_TIME.some((w) => lower.includes(w));
}

/** A byline or date within the next few lines: the page's headline block. */
function bylineFollows(blocks: readonly Block[], i: number): number {
  for (let j = i + 1; j <= i + 3 && j < blocks.length; j++) {
    if (looksLikeByOrDate(blocks[j]!.text)) return 1;
  }
  return 0;
}

/** The same line again within a few lines: the page title printed above its headline. */
function echoedNearby(blocks: readonly Block[], i: number): boolean {
  const own = blocks[i]!.text;
  for (let j = Math.max(0, i - 3); j <= i + 3 && j < blocks.length; j++) if (j !== i && blocks[j]!.text === own) return true;
  return false;
}

/** "Home » Blog » The Headline" just before: the trail ends with this line. */
function crumbEchoes(blocks: readonly Block[], i: number): boolean {
  const own = blocks[i]!.text.toLowerCase();
  for (let j = i - 1; j >= i - 3 && j >= 0; j--) {
    const t = blocks[j]!.text.toLowerCase();
    if (t.length > own.length + 3 && t.length <= own.length + 200 && t.endsWith(own)) {
      const c = t.charCodeAt(t.length - own.length - 1);
      if (c === 32) return true;
    }
  }
  return false;
}

/** How much a following byline or date, or a breadcrumb ending in the line, says "headline". */
const FOLLOWED_BONUS = 0.6;
const ECHO_BONUS = 0.5;
const REPEAT_BONUS = 0.3;

const contentWords = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4);

/**
 * How headline-like a line is: it names what the body talks about (its longer words recur in the
 * body), is long enough to say something, has no byline or prompt words, and sits near the body.
 */
function headlineScore(text: string, distance: number, bodyWords: ReadonlyMap<string, number>, selfInBody: boolean): number {
  if (!looksLikeHeadline(text)) return -1;
  const lower = text.toLowerCase();
  if (NOT_HEADLINE.some((w) => lower.startsWith(w)) || lower.includes('//') || lower.includes(' » ') || lower.includes(' / ')) return -1;
  // "All ServicesStock AdvisorEpic": menu items glued together when the page was copied.
  let glued = 0;
  for (let i = 1; i < text.length; i++) {
    const a = text.charCodeAt(i - 1);
    const b = text.charCodeAt(i);
    if (a >= 97 && a <= 122 && b >= 65 && b <= 90) glued++;
  }
  if (glued >= 2) return -1;
  const words = wordCount(text);
  const ownWords = contentWords(text);
  const own = [...new Set(ownWords)];
  // Words the body has besides this line itself (the candidate may be the body's first line).
  const mine = (w: string) => (selfInBody ? ownWords.filter((x) => x === w).length : 0);
  const shared = own.length ? own.filter((w) => (bodyWords.get(w) ?? 0) - mine(w) > 0).length / own.length : 0;
  return shared + 0.3 * Math.min(words, 12) / 12 - (words < 3 ? 0.3 : 0) - 0.01 * Math.min(distance, 30) - 0.002 * Math.max(0, distance - 30);
}

/**
 * Index of the headline among the lines before `from` that no rule has already claimed (bylines,
 * dates, furniture), or -1.
 */
export function findHeadline(
  blocks: readonly Block[],
  from: number,
  free: (i: number) => boolean,
  body: readonly string[] = [],
  inBody: (i: number) => boolean = () => false,
  lookBack = 150,
): number {
  // Counts, not a set: a candidate that is itself a body line must not count its own words.
  const bodyWords = new Map<string, number>();
  let seen = 0;
  for (const text of body) {
    if (seen > 20_000) break;
    seen += text.length;
    for (const w of contentWords(text)) bodyWords.set(w, (bodyWords.get(w) ?? 0) + 1);
  }
  let best = -1;
  let bestScore = 0.2;
  for (let i = from - 1; i >= 0 && i >= from - lookBack; i--) {
    if (!free(i)) continue;
    let score = headlineScore(blocks[i]!.text, from - 1 - i, bodyWords, inBody(i));
    if (score < 0) continue;
    score += FOLLOWED_BONUS * bylineFollows(blocks, i);
    if (crumbEchoes(blocks, i)) score += ECHO_BONUS;
    if (echoedNearby(blocks, i)) score += REPEAT_BONUS;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}
