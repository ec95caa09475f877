// The one classifier loop: every block goes through the rules once, in order; then the densest run of
// prose is the article, trailing matter is cut, image residue trimmed and the metadata completed.
import { emptyMeta, type DocumentMeta, type Removed } from '../core/document.js';
import { breadcrumb, splitCrumbs } from './rules/breadcrumb.js';
import { byline } from './rules/byline.js';
import { caption } from './rules/caption.js';
import { findDateline } from './rules/dateline.js';
import { blockScoreOf, densestRun, type LineCosts } from './rules/density.js';
import { disclaimer } from './rules/disclaimer.js';
import { furniture } from './rules/furniture.js';
import { published } from './rules/published.js';
import { residueLength } from './rules/residue.js';
import { decide, type Rule, type RuleContext } from './rules/rule.js';
import { isProseOf, phraseKeyOf, plainSpaced, wordCount, wordCountOf } from './rules/shape.js';
import { tail } from './rules/tail.js';
import { bestHeadline, headlineCandidates, headlineText, type HeadlineCandidate } from './rules/title.js';
import { plainQuotes } from './html/title.js';
import type { Block, CleanResult } from './types.js';

// Order matters: the first rule that drops a block names the reason.
const RULES: readonly Rule[] = [tail, breadcrumb, byline, published, furniture, disclaimer, caption];

/** Prose words needed before a "Related"/"Comments" heading may end the article. */
const MIN_WORDS_BEFORE_TAIL = 60;
/** A run of prose scoring less than this is no article (a list of links, a menu). */
const MIN_ARTICLE_SCORE = 15;
/** Inputs of at most this many lines without any page furniture are kept whole when no run is found. */
const MAX_SNIPPET_BLOCKS = 6;
/** Repeated blocks at least this long are a second copy of the page, dropped after the first. */
const MIN_WORDS_DEDUPLICATED = 20;

/**
 * How many lines before the body, and into it, the headline is looked for. The look-back is long: on listicles
 * the densest run is often one item of the list, hundreds of lines below the page's headline.
 */
const LOOK_BACK = 1000;
const LOOK_AHEAD = 8;

export interface EngineOptions {
  /** Find the headline among the dropped lines before the body (text mode). */
  findTitle: boolean;
  /** What non-prose lines cost in the densest-run search. */
  costs?: LineCosts;
  /** A related-stories or comments heading ends the article (default); otherwise it is dropped alone. */
  endAtTail?: boolean;
  /** Which blocks are copies of earlier ones (HTML mode); by default every long repeated block after its first. */
  copies?: (blocks: readonly Block[]) => boolean[];
}

function mergeMeta(into: Partial<DocumentMeta>, from: Partial<DocumentMeta> | undefined): void {
  if (from === undefined) return;
  for (const [key, value] of Object.entries(from) as [keyof DocumentMeta, unknown][]) {
    if (value == null) continue;
    if (key === 'authors' || key === 'editors') {
      const list = (into[key] ??= []);
      for (const name of value as string[]) if (!list.includes(name)) list.push(name);
    } else if (into[key] == null) {
      (into as Record<string, unknown>)[key] = value;
    }
  }
}

// Arrays here are built by push, not map()/filter(): those make arrays of another elements kind once
// TurboFan has compiled the caller, and each change of kind sent classify back to the interpreter.
// The metadata object has every field from the start, for the same reason (fields added in varying
// order are varying object shapes); empty fields are null or [], which every reader treats as unset.
//
// classify runs in steps, each a function of its own: TurboFan compiles each step once it is hot, and
// a step that meets something new (a rare branch, a new shape) is recompiled alone, where one big
// classify was recompiled whole, seven or eight times per worker thread.

export function classify(blocks: readonly Block[], options: EngineOptions): CleanResult {
  const meta: Partial<DocumentMeta> = emptyMeta();
  const page = measure(blocks);
  const drops = applyRules(blocks, page, meta, options.endAtTail !== false);
  if (options.copies) dropCopies(options.copies(blocks), drops);
  else dropRepeated(blocks, drops, page);
  const run = articleRun(blocks, drops, page, options.costs);
  if (options.findTitle && run && meta.title == null) findTitle(blocks, drops, run[0], meta, page.keys);
  return assemble(blocks, drops, meta);
}

/** What the steps ask of every block again and again, counted once. */
interface Measures {
  /** How often each exact block text that is not prose occurs in the page. */
  counts: Map<string, number>;
  words: number[];
  prose: boolean[];
  /** Each block's phraseKey, which the rules read. */
  keys: string[];
}

function measure(blocks: readonly Block[]): Measures {
  const counts = new Map<string, number>();
  const words: number[] = [];
  const prose: boolean[] = [];
  const keys: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    // Whether the text is plain-spaced serves its word count and its key: one scan for both.
    const plain = plainSpaced(text);
    const w = wordCountOf(text, plain);
    const p = isProseOf(text, w);
    words.push(w);
    prose.push(p);
    keys.push(phraseKeyOf(text, plain));
    // Only a line that is not prose is asked how often it occurs (whether a text is prose depends on
    // the text alone, so every copy of it is counted): long paragraphs are not hashed.
    if (!p) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return { counts, words, prose, keys };
}

/** No rule has anything to say about the block. */
const KEEP = decide('');

/** Every block through the rules, in order, until the article ends: why each is dropped, or null. */
function applyRules(blocks: readonly Block[], page: Measures, meta: Partial<DocumentMeta>, endAtTail: boolean): (string | null)[] {
  const drops: (string | null)[] = [];
  const ctx: RuleContext = { blocks, index: 0, key: '', firstProse: page.prose.indexOf(true), counts: page.counts, meta };
  let proseWords = 0;
  let ended = false;
  // The pages a worker meets first may have nothing to drop: every step below that a dropped line
  // takes also runs for a kept one, so compiled code has seen it all before the first dropped line.
  // The blocks after the article's end go through the same push as the others: a loop of their own
  // was compiled (on-stack, in a long page) before any page had ended early, and that code left for
  // the interpreter at its push on every later long page, ~90 times a run.
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    ctx.index = i;
    ctx.key = page.keys[i]!;
    const tooEarly = proseWords < MIN_WORDS_BEFORE_TAIL;
    let reason: string | null = ended ? 'after the article' : null;
    for (let r = 0; r < RULES.length && !ended; r++) {
      // A rule's null is read as KEEP, so a decision's fields are read on every call, and its
      // metadata merged (KEEP has none) from the first block on: a call first made on a page's
      // first dropped line would be one compiled code has no feedback for.
      const d = RULES[r]!(block, ctx) ?? KEEP;
      const drop = d.drop;
      const endsArticle = d.endsArticle === true;
      mergeMeta(meta, d.meta);
      if (drop === '') continue;
      // A heading that ends the article counts only after some prose; the next rule is asked instead.
      if (endsArticle && tooEarly) continue;
      reason = drop;
      ended = endsArticle && endAtTail;
      break;
    }
    drops.push(reason);
    if (reason === null && !block.chrome && page.prose[i]) proseWords += page.words[i]!;
  }
  return drops;
}

/** A page that carries its article twice (mobile and desktop copies) keeps the first copy's prose. */
function dropRepeated(blocks: readonly Block[], drops: (string | null)[], page: Measures): void {
  const seen = new Set<string>();
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    // Short repeated lines are headings echoed by a table of contents: both copies stay candidates.
    // Every long block goes through the set, not only those seen twice on the page (a text seen once
    // is never found in it): the set's calls then run on every page, not first in compiled code.
    // The store runs for every such block too (null over null when the text is new).
    if (drops[i] || page.words[i]! < MIN_WORDS_DEDUPLICATED) continue;
    drops[i] = seen.has(text) ? 'repeated block' : null;
    seen.add(text);
  }
}

/** The blocks a caller found to be copies, unless a rule has dropped them already. */
function dropCopies(copied: readonly boolean[], drops: (string | null)[]): void {
  for (let i = 0; i < drops.length; i++) if (copied[i] && !drops[i]) drops[i] = 'repeated block';
}

/** The densest run of what is left is the article: [first, last] block, or null; the rest is dropped. */
function articleRun(blocks: readonly Block[], drops: (string | null)[], page: Measures, costs: LineCosts | undefined): [number, number] | null {
  const scores = new Float64Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const prose = page.prose[i]!;
    scores[i] = drops[i] ? Number.NaN : blockScoreOf(b, page.words[i]!, prose, (page.counts.get(b.text) ?? 0) > 1 && !prose, costs);
  }
  let run = densestRun(scores, MIN_ARTICLE_SCORE);
  // Worked out on every page, though only a page without a run needs them: then no step of it is new
  // to compiled code when such a page comes.
  const snippet = isSnippet(blocks, drops);
  const last = blocks.length - 1;
  if (!run && snippet) run = [0, last];
  for (let i = 0; i < blocks.length; i++) {
    if (!drops[i] && (!run || i < run[0] || i > run[1])) drops[i] = 'outside the article';
  }
  return run;
}

/**
 * A few plain lines with nothing page-like about them (no furniture, links or chrome) are a snippet
 * someone pasted, not a page: too short to judge, so they are kept as given.
 */
function isSnippet(blocks: readonly Block[], drops: readonly (string | null)[]): boolean {
  if (blocks.length === 0 || blocks.length > MAX_SNIPPET_BLOCKS) return false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (drops[i] || !(b.linkDensity <= 0.5) || b.chrome) return false;
  }
  return true;
}

/**
 * The headline: the run may open with it when it is long enough to pass for prose, or it stands a few
 * lines above the run; else a breadcrumb's last crumb, which names the page.
 */
function findTitle(blocks: readonly Block[], drops: (string | null)[], start: number, meta: Partial<DocumentMeta>, keys: readonly string[]): void {
  const h = bestHeadline(articleHeadlineCandidates(blocks, drops, start, keys));
  if (h >= 0) {
    meta.title = headlineText(blocks, h);
    drops[h] = 'title';
    return;
  }
  const crumb = crumbTitle(blocks, drops);
  if (crumb !== null) meta.title = plainQuotes(crumb);
}

/** The last crumb of the page's first breadcrumb trail, when it is long enough to be a headline. */
function crumbTitle(blocks: readonly Block[], drops: readonly (string | null)[]): string | null {
  const at = drops.indexOf('breadcrumb');
  const crumbs = at >= 0 ? splitCrumbs(blocks[at]!.text) : null;
  return crumbs && crumbs.length >= 2 && wordCount(crumbs[crumbs.length - 1]!) >= 3 ? crumbs[crumbs.length - 1]! : null;
}

/** The kept blocks joined as the body, and what was dropped and why. */
function assemble(blocks: readonly Block[], drops: readonly (string | null)[], meta: Partial<DocumentMeta>): CleanResult {
  const removed: Removed[] = [];
  const kept: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const reason = drops[i];
    if (reason) {
      removed.push({ start: b.start, end: b.end, reason, text: b.text });
      continue;
    }
    kept.push(kept.length === 0 ? opening(b, removed, meta) : b.text);
  }
  // Both sides of the test are read on every page: a rare one is new to compiled code when it comes.
  const anyBlocks = blocks.length > 0;
  const warnings = kept.length === 0 && anyBlocks ? ['no article body found'] : [];
  return { text: kept.join('\n\n'), removed, meta, warnings };
}

/** The body's first block, less any image residue glued to its start (dropped); its dateline goes into the metadata. */
function opening(b: Block, removed: Removed[], meta: Partial<DocumentMeta>): string {
  let text = b.text;
  const cut = residueLength(text);
  if (cut > 0) {
    removed.push({ start: b.start, end: b.start + cut, reason: 'image residue', text: text.slice(0, cut) });
    text = text.slice(cut);
  }
  const dateline = findDateline(text);
  if (dateline) meta.dateline ??= dateline;
  return text;
}

/**
 * The headline candidates of a page whose article run starts at block `start`, given what the rules
 * dropped: lines before the run that only the run's bounds dropped, or a few lines into it, the kept
 * lines being the body. The title ranker's training script reads the same candidates.
 */
export function articleHeadlineCandidates(blocks: readonly Block[], drops: readonly (string | null)[], start: number, keys?: readonly string[]): HeadlineCandidate[] {
  const body: string[] = [];
  // The body lines' phrase keys, when the caller has them: the ranker need not lower-case the body again.
  const bodyKeys: string[] | undefined = keys ? [] : undefined;
  for (let i = 0; i < blocks.length; i++) {
    if (drops[i]) continue;
    body.push(blocks[i]!.text);
    bodyKeys?.push(keys![i]!);
  }
  // A date line may carry the headline too ("Dec 18 2025 Preparing a transition"): the ranker reads it without the date.
  const free = (i: number) => !drops[i] || drops[i] === 'outside the article' || drops[i] === 'date line';
  return headlineCandidates(blocks, start + 1, free, body, (i) => !drops[i], LOOK_BACK, LOOK_AHEAD, bodyKeys);
}
