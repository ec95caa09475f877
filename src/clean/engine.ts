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
import type { Decision, Rule, RuleContext } from './rules/rule.js';
import { isProseOf, wordCount } from './rules/shape.js';
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
}

function mergeMeta(into: Partial<DocumentMeta>, from: Partial<DocumentMeta>): void {
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

export function classify(blocks: readonly Block[], options: EngineOptions): CleanResult {
  const meta: Partial<DocumentMeta> = emptyMeta();
  const drops: (string | null)[] = [];
  for (let i = 0; i < blocks.length; i++) drops.push(null);
  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(b.text, (counts.get(b.text) ?? 0) + 1);
  // Each block's words and prose shape, counted once: the loops below ask for them again and again.
  const words: number[] = [];
  const prose: boolean[] = [];
  for (const b of blocks) {
    const w = wordCount(b.text);
    words.push(w);
    prose.push(isProseOf(b.text, w));
  }
  const firstProse = prose.indexOf(true);
  const ctx: RuleContext = { blocks, index: 0, firstProse, counts, meta };

  let proseWords = 0;
  let endAt = blocks.length;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    ctx.index = i;
    for (const rule of RULES) {
      const d: Decision | null = rule(block, ctx);
      if (!d) continue;
      if (d.meta) mergeMeta(meta, d.meta);
      if (d.endsArticle && proseWords < MIN_WORDS_BEFORE_TAIL) continue;
      if (d.drop) drops[i] = d.drop;
      if (d.endsArticle && options.endAtTail !== false) endAt = i;
      if (d.drop) break;
    }
    if (endAt < blocks.length) break;
    if (!drops[i] && !block.chrome && prose[i]) proseWords += words[i]!;
  }
  for (let i = endAt + 1; i < blocks.length; i++) drops[i] = 'after the article';

  // A breadcrumb's last crumb names the page: the headline when no better line is found.
  const crumbAt = drops.indexOf('breadcrumb');
  const crumbs = crumbAt >= 0 ? splitCrumbs(blocks[crumbAt]!.text) : null;
  const crumbTitle = crumbs && crumbs.length >= 2 && wordCount(crumbs[crumbs.length - 1]!) >= 3 ? crumbs[crumbs.length - 1]! : null;

  // The densest run of what is left is the article.
  // A page that carries its article twice (mobile and desktop copies) keeps the first copy's prose.
  const seen = new Set<string>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    // Short repeated lines are headings echoed by a table of contents: both copies stay candidates.
    if (drops[i] || (counts.get(b.text) ?? 0) < 2 || words[i]! < MIN_WORDS_DEDUPLICATED) continue;
    if (seen.has(b.text)) drops[i] = 'repeated block';
    seen.add(b.text);
  }
  const scores: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    scores.push(drops[i] ? Number.NaN : blockScoreOf(b, words[i]!, prose[i]!, (counts.get(b.text) ?? 0) > 1 && !prose[i], options.costs));
  }
  let run = densestRun(scores, MIN_ARTICLE_SCORE);
  // A few plain lines with nothing page-like about them (no furniture, links or chrome) are a snippet
  // someone pasted, not a page: too short to judge, so they are kept as given.
  const snippet = blocks.length <= MAX_SNIPPET_BLOCKS && blocks.every((b, i) => !drops[i] && b.linkDensity <= 0.5 && !b.chrome);
  if (!run && snippet && blocks.length > 0) run = [0, blocks.length - 1];
  for (let i = 0; i < blocks.length; i++) {
    if (!drops[i] && (!run || i < run[0] || i > run[1])) drops[i] = 'outside the article';
  }

  if (options.findTitle && run && meta.title == null) {
    // The run may open with the headline itself when it is long enough to pass for prose, or with a teaser
    // a few lines above it.
    const h = bestHeadline(articleHeadlineCandidates(blocks, drops, run[0]));
    if (h >= 0) {
      meta.title = headlineText(blocks, h);
      drops[h] = 'title';
    } else if (crumbTitle) {
      meta.title = plainQuotes(crumbTitle);
    }
  }

  const removed: Removed[] = [];
  const kept: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const reason = drops[i];
    if (reason) {
      removed.push({ start: b.start, end: b.end, reason, text: b.text });
      continue;
    }
    let text = b.text;
    if (kept.length === 0) {
      const cut = residueLength(text);
      if (cut > 0) {
        removed.push({ start: b.start, end: b.start + cut, reason: 'image residue', text: text.slice(0, cut) });
        text = text.slice(cut);
      }
      const dateline = findDateline(text);
      if (dateline) meta.dateline ??= dateline;
    }
    kept.push(text);
  }
  const warnings = kept.length === 0 && blocks.length > 0 ? ['no article body found'] : [];
  return { text: kept.join('\n\n'), removed, meta, warnings };
}

/**
 * The headline candidates of a page whose article run starts at block `start`, given what the rules
 * dropped: lines before the run that only the run's bounds dropped, or a few lines into it, the kept
 * lines being the body. The title ranker's training script reads the same candidates.
 */
export function articleHeadlineCandidates(blocks: readonly Block[], drops: readonly (string | null)[], start: number): HeadlineCandidate[] {
  const body: string[] = [];
  for (let i = 0; i < blocks.length; i++) if (!drops[i]) body.push(blocks[i]!.text);
  return headlineCandidates(blocks, start + 1, (i) => !drops[i] || drops[i] === 'outside the article', body, (i) => !drops[i], LOOK_BACK, LOOK_AHEAD);
}
