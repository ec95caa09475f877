// The headline in a text scrape: among the headline-like lines before the article body, the one a small
// linear ranker (models/title.json, trained by scripts/train-title-ranker.mjs) scores highest.
import { readFileSync } from 'node:fs';
import { cutTagline, isCredit, plainApostrophes } from '../html/title.js';
import type { Block } from '../types.js';
import { withoutDate } from './title-date.js';
import { withoutLabel } from './title-label.js';
import { contentWords, contentWordsOfLower, countWords } from './title-words.js';
import { isDateLine } from './published.js';
import { endsLikeSentence, isProse, wordCount } from './shape.js';

export function looksLikeHeadline(text: string): boolean {
  return headlineShaped(text) && !isDateLine(text);
}

const HEADLINE_START = /^[\p{Lu}\p{N}"“‘'¿¡]/u;

/** looksLikeHeadline but for the date test, the dearest, which callers that also ask for a date line make once. */
function headlineShaped(text: string): boolean {
  if (text.length > MAX_CANDIDATE_LENGTH) return false;
  const words = wordCount(text);
  if (words < 2 || words > 30) return false;
  const last = text[text.length - 1]!;
  // Headlines end without a full stop; a question or exclamation mark is fine, and so is a closing quote or
  // bracket, unless a full stop stands right inside it: '... said the minister, "the work starts in March."'
  if (endsLikeSentence(text) && last !== '?' && last !== '!' && last !== '"' && last !== '”' && last !== ')') return false;
  if ((last === '"' || last === '”') && text[text.length - 2] === '.') return false;
  return HEADLINE_START.test(text);
}

const NOT_HEADLINE = ['by ', 'written by', 'posted ', 'published', 'updated', 'share', 'min read', 'minute read', 'reviewed by', 'edited by', 'you are here'];

/**
 * "Home", "Home > Blog", "Home | About": a navigation trail that starts at the home page. "Home Networks and
 * Cyber Security" and "Homestead Gardening" are headlines: the word must end the line or be followed by a sign.
 */
function homeTrail(lower: string): boolean {
  if (!lower.startsWith('home')) return false;
  let k = 4;
  while (k < lower.length && lower.charCodeAt(k) === 32) k++;
  return k === lower.length || !/[\p{L}\p{N}]/u.test(lower[k]!);
}

/** Buttons and prompts of the page around the article: account, search and navigation links, credits, filler. */
const PROMPTS = [
  'log in', 'login', 'sign in', 'sign up', 'subscribe', 'search ', 'read more', 'back to ', 'show full', 'report this',
  'get started', 'we care about your privacy', 'photo via', 'photo by', 'image via', 'lorem ipsum', 'presented by', 'sponsored',
  'credit:', 'credits:', 'image credit', 'photo credit',
];
/** Inside a line, the marks of a byline strip: "109 Comments | Jill Winger | Last Updated: March 11, 2019". */
const BYLINE_MARKS = ['last updated', '· by ', '| by ', '· updated', '| updated'];
/** The end of an advertiser's label: "Harbour News Sponsored". */
const SPONSORED = ' sponsored';

/** A link that points on: "Top Stocks to Buy Now ›", "Book a consultation >", "Index funds /". */
const LINK_ARROWS = '›»>→/';

/** Lines that follow a headline: a byline, a date, a reading time, an update stamp. */
const AFTER_HEADLINE = ['by ', 'by:', 'author', 'written by', 'posted', 'published', 'updated', 'last updated', 'on '];
const READ_TIME = ['min read', 'minute read', 'mins read', 'read time', 'reading time'];

export function looksLikeByOrDate(text: string): boolean {
  return text.length <= 160 && (isDateLine(text) || byOrReadTime(text));
}

/** looksLikeByOrDate but for the date test. */
function byOrReadTime(text: string): boolean {
  const lower = text.toLowerCase();
  if (lower === 'by' || AFTER_HEADLINE.some((w) => lower.startsWith(w))) return true;
  return READ_TIME.some((w) => lower.includes(w));
}

/** `test` of the page's lines by index, each line tested once: candidates ask about the lines around them. */
function lineTest(blocks: readonly Block[], test: (text: string) => boolean): (j: number) => boolean {
  // 0 not asked yet, 1 no, 2 yes
  const memo = new Uint8Array(blocks.length);
  return (j) => {
    let m = memo[j]!;
    if (m === 0) memo[j] = m = test(blocks[j]!.text) ? 2 : 1;
    return m === 2;
  };
}

/** A byline or date within the next few lines: the page's headline block. */
function bylineFollows(byOrDate: (j: number) => boolean, i: number, end: number): number {
  for (let j = i + 1; j <= i + 3 && j < end; j++) {
    if (byOrDate(j)) return 1;
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

/** Menu items glued together when the page was copied: "All ServicesStock AdvisorEpic". */
function gluedWords(text: string): number {
  let glued = 0;
  for (let i = 1; i < text.length; i++) {
    const a = text.charCodeAt(i - 1);
    const b = text.charCodeAt(i);
    if (a >= 97 && a <= 122 && b >= 65 && b <= 90) glued++;
  }
  return glued;
}

/** The credit that ends a photo caption: "The test fleet on the coast road. Credit: Jane Doe". */
const CAPTION_CREDITS = ['credit:', 'credits:', 'photo:', 'photograph:', 'image:', 'source:'];

/** A caption: a sentence ended by a full stop, "!" or "?", then a photo credit. */
export function creditedCaption(lower: string): boolean {
  for (const credit of CAPTION_CREDITS) {
    const at = lower.indexOf(' ' + credit);
    if (at > 0 && '.!?'.includes(lower[at - 1]!)) return true;
  }
  return false;
}

/** Words that number the items of a list: "Tip #3", "Step 2: Dig the Bed". */
const ITEM_WORDS = ['step ', 'tip '];

/**
 * A numbered item of a list, "1. Water Early", "#2 Mulch", "3) Prune", "Tip #4 - Rotate", "Step 2: Dig": the
 * headings of a listicle's body, where the page's headline starts "10 Ways to ..." (a number and a space).
 */
export function listItem(text: string): boolean {
  let k = 0;
  const lower = text.slice(0, 8).toLowerCase();
  for (const w of ITEM_WORDS) if (lower.startsWith(w)) k = w.length;
  const numbered = k > 0;
  if (text[k] === '#') k++;
  const digits = k;
  while (k < text.length && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  if (k === digits || k - digits > 3) return false;
  if (numbered || text[digits - 1] === '#') return true;
  return (text[k] === '.' || text[k] === ')') && text[k + 1] === ' ';
}

/**
 * Two lines of buttons or prompts glued when the page was copied, at a sentence's end or a bracket:
 * "Find your best fit!Find your school", "Interpretability (ML & AI)AI".
 */
export function gluedAtMark(text: string): boolean {
  for (let i = 1; i + 1 < text.length; i++) {
    const m = text[i]!;
    if (m !== '!' && m !== '?' && m !== ')') continue;
    const a = text.charCodeAt(i - 1);
    const b = text.charCodeAt(i + 1);
    if (b >= 65 && b <= 90 && (m === ')' || (a >= 97 && a <= 122))) return true;
  }
  return false;
}

/** Lines that can never be the headline: not headline-shaped, a byline or prompt, a trail, glued menus. */
function excluded(text: string): boolean {
  // headlineShaped and no date line, then looksLikeByOrDate, whose date test is then known to fail.
  if (!headlineShaped(text) || (text.length <= 160 && byOrReadTime(text)) || isDateLine(text)) return true;
  const lower = text.toLowerCase();
  if (NOT_HEADLINE.some((w) => lower.startsWith(w)) || homeTrail(lower) || lower.includes('//') || lower.includes(' » ') || lower.includes(' / ')) return true;
  if (BYLINE_MARKS.some((w) => lower.includes(w)) || creditedCaption(lower)) return true;
  if (PROMPTS.some((w) => lower.startsWith(w)) || lower.endsWith(SPONSORED) || LINK_ARROWS.includes(text[text.length - 1]!)) return true;
  return gluedWords(text) >= 2 || gluedAtMark(text) || listItem(text);
}

/**
 * The headline of a line that is no candidate as it stands because its date is printed with it ("Dec 18 2025
 * Preparing a transition in Debusine"): the line without the date, when that is a candidate. Else null.
 */
function datedHeadline(line: string): string | null {
  if (line.length > MAX_DATED_LINE) return null;
  const rest = withoutDate(line);
  return rest !== null && !excluded(rest) ? rest : null;
}
/** A dated headline line is short: a date line (see isDateLine) is at most 80 units long. */
const MAX_DATED_LINE = 80;

/** Lines from the top of the page searched for a longer copy of a candidate. */
const TITLED_LINES = 400;
/** Characters of a line's start by which those lines are filed (a candidate has two words, so at least three). */
const TITLED_KEY = 3;

/** The first lines of the page filed by how they start, so each candidate compares only lines that start like it. */
function linesByStart(blocks: readonly Block[]): Map<string, number[]> {
  const byStart = new Map<string, number[]>();
  for (let j = 0; j < blocks.length && j < TITLED_LINES; j++) {
    const key = blocks[j]!.text.slice(0, TITLED_KEY);
    const list = byStart.get(key);
    if (list) list.push(j);
    else byStart.set(key, [j]);
  }
  return byStart;
}

/** Another line of the page is this one plus a site name ("Headline | Site"): the page's own title. */
function titledElsewhere(blocks: readonly Block[], i: number, byStart: Map<string, number[]>): boolean {
  const own = blocks[i]!.text;
  for (const j of byStart.get(own.slice(0, TITLED_KEY)) ?? []) {
    const t = blocks[j]!.text;
    if (j !== i && t.length > own.length + 2 && t.length <= own.length + 80 && t.startsWith(own)) {
      const c = t.charCodeAt(own.length);
      if (c === 32 || c === 124) return true;
    }
  }
  return false;
}

function capitalisedShare(text: string): number {
  const words = text.split(/\s+/u).filter((w) => /^\p{L}/u.test(w));
  return words.length ? words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length : 0;
}

/** The names of the features, in the order of the model's weights. */
export const HEADLINE_FEATURES = [
  'sharedWithBody', 'length', 'veryShort', 'logDistance', 'adjacent', 'bylineFollows', 'crumbEchoes', 'echoedNearby',
  'repeatedOnPage', 'titledElsewhere', 'question', 'capitalised', 'allCaps', 'hasColon', 'opensBody', 'afterByOrDate',
  'logRank', 'startsWithDigit', 'pagePosition', 'insideBody', 'proseFollows', 'firstAboveProse', 'proseBetween',
  'sharedWithLead', 'hasYear', 'overLong', 'overStandfirst', 'underHeadline', 'nameBeforeDate', 'bracketed',
  'menuPair',
] as const;

/** A menu's pair of sections, "Arts & Entertainment", "AI & Machine Learning": at most this many words. */
const MENU_PAIR_WORDS = 4;

/** Two names joined by "&" and nothing else: how menus name a section, seldom how a headline reads. */
export function menuPair(text: string, words: number): boolean {
  const at = text.indexOf(' & ');
  return words <= MENU_PAIR_WORDS && at > 0 && text.indexOf(' & ', at + 3) < 0 && !/[0-9:?!,]/u.test(text);
}

/** The length feature stops counting at this many words; overLong counts the words beyond (a standfirst, a teaser). */
const LENGTH_CAP = 12;
/** A year ("Best Tents of 2025", "The 1929 Crash"): listicles and reports name theirs, section headings seldom do. */
const YEAR = /\b(?:19|20)[0-9]{2}\b/u;

/** A byline's bare name ("Jane Doe", "Mary Ann Smith") has at most this many words. */
const NAME_WORDS = 3;

/** Prose lines at the top of the body that make its lead. */
const LEAD_LINES = 3;

/** Lines after a candidate searched for the paragraph it heads. */
const PROSE_WINDOW = 3;

/** A paragraph of prose within the next few lines: the line heads text, as a headline or a section heading does. */
function proseFollows(prose: (i: number) => boolean, i: number, end: number): boolean {
  for (let j = i + 1; j <= i + PROSE_WINDOW && j < end; j++) if (prose(j)) return true;
  return false;
}

export interface HeadlineCandidate {
  index: number;
  /** The line's word count (the length feature stops counting at 12). */
  words: number;
  features: number[];
}

/**
 * The lines before `from` (and the first `lookAhead` from there on, where the body run may have started
 * with a teaser above its headline) that no rule has claimed (bylines, dates, furniture) and that could
 * be a headline, nearest before first, each with what the ranker reads about it: whether it names what the body
 * talks about (its longer words recur there), its shape, and what sits around it.
 */
export function headlineCandidates(
  blocks: readonly Block[],
  from: number,
  free: (i: number) => boolean,
  body: readonly string[] = [],
  inBody: (i: number) => boolean = () => false,
  lookBack = 150,
  lookAhead = 0,
  bodyKeys?: readonly string[],
): HeadlineCandidate[] {
  // The lead: the body's first paragraphs of prose, which a headline's words usually recur in.
  const leadWords = new Set<string>();
  let leadLines = 0;
  for (let k = 0; k < body.length; k++) {
    if (leadLines >= LEAD_LINES) break;
    const text = body[k]!;
    if (!isProse(text)) continue;
    leadLines++;
    const lead = bodyKeys !== undefined ? contentWordsOfLower(bodyKeys[k]!) : contentWords(text);
    for (let j = 0; j < lead.length; j++) leadWords.add(lead[j]!);
  }
  const prose = lineTest(blocks, isProse);
  const byOrDate = lineTest(blocks, looksLikeByOrDate);
  // Prose lines before the body run, counted from the top of the look-back window: the article's own
  // paragraphs when the run starts part-way through it.
  const lo = Math.max(0, from - lookBack);
  const proseBelow: number[] = [];
  let below = 0;
  for (let i = Math.min(from, blocks.length) - 1; i >= lo; i--) {
    proseBelow[i - lo] = below;
    if (prose(i)) below++;
  }
  let byStart: Map<string, number[]> | undefined;
  const out: HeadlineCandidate[] = [];
  const order: number[] = [];
  for (let i = from - 1; i >= 0 && i >= from - lookBack; i--) order.push(i);
  for (let i = from; i < blocks.length && i < from + lookAhead; i++) order.push(i);
  // Each candidate's content words, distinct, and all of them, which are the only words counted in the body.
  const words: string[][] = [];
  const owns: string[][] = [];
  const wanted = new Set<string>();
  for (const i of order) {
    if (!free(i)) continue;
    const line = blocks[i]!.text;
    const text = excluded(line) ? datedHeadline(line) : line;
    if (text === null) continue;
    const distance = Math.abs(from - 1 - i);
    const ownWords = contentWords(text);
    const own = distinct(ownWords);
    for (let k = 0; k < own.length; k++) wanted.add(own[k]!);
    words.push(ownWords);
    owns.push(own);
    const count = wordCount(text);
    const last = text[text.length - 1];
    out.push({
      index: i,
      words: count,
      features: [
        0, Math.min(count, LENGTH_CAP) / LENGTH_CAP, count < 3 ? 1 : 0, Math.log1p(distance), distance === 0 ? 1 : 0,
        bylineFollows(byOrDate, i, blocks.length), crumbEchoes(blocks, i) ? 1 : 0, echoedNearby(blocks, i) ? 1 : 0,
        0, titledElsewhere(blocks, i, (byStart ??= linesByStart(blocks))) ? 1 : 0, last === '?' || last === '!' ? 1 : 0,
        capitalisedShare(text), text === text.toUpperCase() && /\p{Lu}/u.test(text) ? 1 : 0, text.includes(':') ? 1 : 0,
        inBody(i) ? 1 : 0, i > 0 && byOrDate(i - 1) ? 1 : 0, Math.log1p(out.length),
        /^[0-9]/u.test(text) ? 1 : 0, i / blocks.length, i >= from ? 1 : 0,
        proseFollows(prose, i, blocks.length) ? 1 : 0, 0, i < from ? Math.log1p(proseBelow[i - lo] ?? 0) : 0,
        own.length ? countIn(own, leadWords) / own.length : 0,
        YEAR.test(text) ? 1 : 0, Math.max(0, count - LENGTH_CAP) / LENGTH_CAP, 0, 0,
        count <= NAME_WORDS && i + 1 < blocks.length && byOrDate(i + 1) && capitalisedShare(text) === 1 && !/[0-9]/u.test(text) ? 1 : 0,
        text.includes('(') || text.includes('[') ? 1 : 0, menuPair(text, count) ? 1 : 0,
      ],
    });
  }
  markSharedWithBody(out, words, owns, countWords(body, wanted, BODY_CHARS, bodyKeys), inBody);
  markRepeated(out, blocks);
  markFirstAboveProse(out);
  markStandfirstPairs(out);
  return out;
}

/** The body's words are counted up to the line that starts past this many characters. */
const BODY_CHARS = 20_000;

/**
 * sharedWithBody: the share of a candidate's distinct content words that recur in the body. Counts, not a
 * set: a candidate that is itself a body line must not count its own words.
 */
function markSharedWithBody(cands: HeadlineCandidate[], words: readonly string[][], owns: readonly string[][], bodyWords: ReadonlyMap<string, number>, inBody: (i: number) => boolean): void {
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    const ownWords = words[k]!;
    const own = owns[k]!;
    const body = inBody(c.index);
    let shared = 0;
    for (let j = 0; j < own.length; j++) {
      const w = own[j]!;
      if ((bodyWords.get(w) ?? 0) - (body ? occurrences(ownWords, w) : 0) > 0) shared++;
    }
    c.features[SHARED_WITH_BODY] = own.length ? shared / own.length : 0;
  }
}

/** The words of a list without repeats, in the order they first come (a candidate's few words: no set). */
function distinct(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) if (!out.includes(words[i]!)) out.push(words[i]!);
  return out;
}

/** How many of the words are in the set. */
function countIn(words: readonly string[], set: ReadonlySet<string>): number {
  let n = 0;
  for (let i = 0; i < words.length; i++) if (set.has(words[i]!)) n++;
  return n;
}

/** How often `w` is among the words. */
function occurrences(words: readonly string[], w: string): number {
  let n = 0;
  for (let i = 0; i < words.length; i++) if (words[i] === w) n++;
  return n;
}

const REPEATED_ON_PAGE = HEADLINE_FEATURES.indexOf('repeatedOnPage');
/** Longest candidate line, in UTF-16 units (see headlineShaped). */
const MAX_CANDIDATE_LENGTH = 220;

/** repeatedOnPage: the candidate's line stands more than once on the page. */
function markRepeated(cands: HeadlineCandidate[], blocks: readonly Block[]): void {
  if (cands.length === 0) return;
  // Only lines of a candidate's length can be a copy of one: most lines are passed over by their length.
  const lengths = new Uint8Array(MAX_CANDIDATE_LENGTH + 1);
  const counts = new Map<string, number>();
  for (const c of cands) {
    const text = blocks[c.index]!.text;
    lengths[text.length] = 1;
    counts.set(text, 0);
  }
  for (const b of blocks) {
    const t = b.text;
    if (t.length > MAX_CANDIDATE_LENGTH || lengths[t.length] === 0) continue;
    const n = counts.get(t);
    if (n !== undefined) counts.set(t, n + 1);
  }
  for (const c of cands) if (counts.get(blocks[c.index]!.text)! > 1) c.features[REPEATED_ON_PAGE] = 1;
}

const SHARED_WITH_BODY = HEADLINE_FEATURES.indexOf('sharedWithBody');
const PROSE_FOLLOWS = HEADLINE_FEATURES.indexOf('proseFollows');
const FIRST_ABOVE_PROSE = HEADLINE_FEATURES.indexOf('firstAboveProse');

/** The topmost candidate that heads prose: the article's headline when the body run starts part-way through it. */
function markFirstAboveProse(cands: HeadlineCandidate[]): void {
  let first: HeadlineCandidate | null = null;
  for (const c of cands) if (c.features[PROSE_FOLLOWS] === 1 && (!first || c.index < first.index)) first = c;
  if (first) first.features[FIRST_ABOVE_PROSE] = 1;
}

const OVER_STANDFIRST = HEADLINE_FEATURES.indexOf('overStandfirst');
const UNDER_HEADLINE = HEADLINE_FEATURES.indexOf('underHeadline');
/** Lines between a headline and its standfirst (a date, a photo credit) that are no candidate. */
const STANDFIRST_GAP = 2;

/**
 * A headline over its standfirst: a candidate right below (or with one line between) that is long and
 * longer than it by a few words marks the pair, the upper line overStandfirst, the lower underHeadline.
 * Scored one by one, the standfirst's length and its words shared with the body would win.
 */
export function markStandfirstPairs(cands: HeadlineCandidate[]): void {
  const at = new Map<number, HeadlineCandidate>();
  for (const c of cands) at.set(c.index, c);
  for (const c of cands) {
    if (c.words < HEADLINE_MIN_WORDS) continue;
    for (let k = 1; k <= STANDFIRST_GAP; k++) {
      const below = at.get(c.index + k);
      if (!below) continue;
      if (below.words >= STANDFIRST_MIN_WORDS && c.words + STANDFIRST_LONGER_BY <= below.words) {
        c.features[OVER_STANDFIRST] = 1;
        below.features[UNDER_HEADLINE] = 1;
      }
      break;
    }
  }
}

interface TitleModel {
  features: string[];
  weights: number[];
  /** Below this score no candidate is taken. */
  threshold: number;
}

const MODEL_URL = new URL('../../../models/title.json', import.meta.url);
let model: TitleModel | null = null;
function titleModel(): TitleModel {
  if (!model) {
    const m = JSON.parse(readFileSync(MODEL_URL, 'utf8')) as TitleModel;
    // A model trained on other features would score nonsense.
    if (m.features.join() !== HEADLINE_FEATURES.join()) throw new Error('models/title.json does not match the headline features');
    model = m;
  }
  return model;
}

export function headlineScore(features: readonly number[]): number {
  const { weights } = titleModel();
  let s = 0;
  for (let k = 0; k < features.length; k++) s += weights[k]! * features[k]!;
  return s;
}

/** Index of the best-scoring of these candidates, or -1 when none scores above the model's threshold. */
export function bestHeadline(candidates: readonly HeadlineCandidate[]): number {
  let best: HeadlineCandidate | null = null;
  let bestScore = titleModel().threshold;
  for (const c of candidates) {
    const score = headlineScore(c.features);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  if (!best) return -1;
  return (crumbEchoedNear(candidates, bestScore) ?? headlineAboveStandfirst(candidates, best, bestScore) ?? best).index;
}

const CRUMB_ECHOES = HEADLINE_FEATURES.indexOf('crumbEchoes');
/** How far below the best score a line the breadcrumb trail ends with may score and still be taken. */
const CRUMB_MARGIN = 0.5;

/**
 * "Home » Blog » Tips for Cheaper Trucks" over "Tips for Cheaper Trucks": the trail names the page, so the
 * line it ends with is the headline when the ranker scores it about as high as its best line.
 */
function crumbEchoedNear(candidates: readonly HeadlineCandidate[], bestScore: number): HeadlineCandidate | null {
  for (const c of candidates) {
    if (c.features[CRUMB_ECHOES] === 1 && headlineScore(c.features) >= bestScore - CRUMB_MARGIN) return c;
  }
  return null;
}

const OPENS_BODY = HEADLINE_FEATURES.indexOf('opensBody');
/** A standfirst has at least this many words and this many more than the headline right above it. */
const STANDFIRST_MIN_WORDS = 9;
const STANDFIRST_LONGER_BY = 3;
/** Shorter lines above (kickers, section names, prompts) are no headline to prefer. */
const HEADLINE_MIN_WORDS = 5;
/** How far below the chosen line's score the line above it may score and still be taken. */
const STANDFIRST_MARGIN = 2;

/**
 * "Are AI Evangelists In Heat?" over "What Hollywood legends in estrus can teach us about ...": when the
 * chosen line is a long one right under a shorter headline-shaped line that the ranker scores almost as
 * high, the chosen line is the standfirst and the line above it the headline. The ranker, scoring lines
 * one by one, favours the standfirst's length and its words shared with the body.
 */
function headlineAboveStandfirst(candidates: readonly HeadlineCandidate[], best: HeadlineCandidate, bestScore: number): HeadlineCandidate | null {
  // A line the body kept stays the title: taking another would put it back into the body.
  if (best.words < STANDFIRST_MIN_WORDS || best.features[OPENS_BODY] === 1) return null;
  // Right above, or with one line no candidate between (a date, a photo credit).
  const above = candidates.find((c) => c.index === best.index - 1) ?? candidates.find((c) => c.index === best.index - 2);
  if (!above || above.words < HEADLINE_MIN_WORDS || above.words + STANDFIRST_LONGER_BY > best.words) return null;
  const score = headlineScore(above.features);
  return score > titleModel().threshold && score >= bestScore - STANDFIRST_MARGIN ? above : null;
}

/**
 * The title a chosen headline line gives: a label before it, a tagline or a source credit after it cut off,
 * apostrophes plain. Double quotation marks stay as the page sets them, as HTML titles keep them: a quoted
 * name in a headline ("... App “Calm” to ...") is printed so in the page's own title.
 */
export function headlineText(blocks: readonly Block[], index: number): string {
  const line = blocks[index]!.text;
  const dated = excluded(line) ? datedHeadline(line) : null;
  return plainApostrophes(cutTagline(withoutCredit(dated ?? withoutLabel(blocks, index))));
}

/** "Headline (example.com) 87": an aggregator's link to a story, with its source and comment count, gives "Headline". */
export function withoutCredit(text: string): string {
  const at = text.lastIndexOf(' (');
  return at > 0 && isCredit(text.slice(at + 1)) ? text.slice(0, at) : text;
}
