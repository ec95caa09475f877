// HTML mode: parse with linkedom, read the metadata, let Readability pick the article element, lay its
// blocks out as text, then run the same classifier as text mode over those blocks.
import { createRequire } from 'node:module';
import { classify } from './engine.js';
import { markAuthorBios } from './html/bio.js';
import { collectBlocks, layOut, nestsDeeperThan, type DomNode } from './html/blocks.js';
import { extractMain } from './html/extract.js';
import { copiedBlocks } from './html/repeats.js';
import { pageMeta, type MetaDom } from './html/meta.js';
import { markSources } from './html/sources.js';
import { markDisclosures } from './html/disclosure.js';
import { splitNames } from './rules/byline.js';
import { ARTICLE_COSTS, HTML_COSTS } from './rules/density.js';
import { wordCount } from './rules/shape.js';
import type { Block, CleanResult } from './types.js';

// Loaded on the first HTML page: text-only runs (and start-up) do not pay for the DOM.
const require = createRequire(import.meta.url);
let dom: typeof import('linkedom') | null = null;
const linkedom = () => (dom ??= require('linkedom') as typeof import('linkedom'));

/** Readability's article must hold at least this share of the words our page-wide run holds. */
const READABILITY_SHARE = 0.6;
/** Real pages nest a few dozen levels; beyond this the page is pathological. */
const MAX_READABLE_DEPTH = 400;

function parse(html: string): { document: unknown; dom: MetaDom; body: DomNode } {
  const { document } = linkedom().parseHTML(html);
  // The whole element tree, not document.body: markup between </head> and <body> can leave linkedom
  // with an empty body element beside the real content, and a page without <html> can nest everything
  // in <head>.
  const body = document as unknown as DomNode;
  return { document, dom: document as unknown as MetaDom, body };
}

/** The page as text, block by block, without boilerplate removal. */
export function htmlToText(html: string): { text: string; title: string | null } {
  const { dom, body } = parse(html);
  const meta = pageMeta(dom);
  return { text: layOut(collectBlocks(body)).text, title: meta.title ?? null };
}

/** A subtree's blocks, with what the markup's text shows to be page furniture (author bios, affiliate disclosures, a closing list of sources) marked as chrome. */
function markedBlocks(root: DomNode): Block[] {
  return markSources(markDisclosures(markAuthorBios(layOut(collectBlocks(root)).blocks)));
}

export function cleanHtml(html: string): CleanResult {
  const { document, dom, body } = parse(html);
  const meta = pageMeta(dom);
  // Blocks of the whole page first: Readability rewrites the DOM as it works.
  const page = classify(markedBlocks(body), { findTitle: false, costs: HTML_COSTS });
  // Readability's scoring walks ancestors per node: quadratic on pathological nesting, so skip it there.
  const main = nestsDeeperThan(body, MAX_READABLE_DEPTH) ? { root: null, byline: null } : extractMain(document);
  // Readability has already cut comments and related lists: a "Related" heading left inside its article
  // is an inline box, not the article's end.
  const article = main.root ? classify(markedBlocks(main.root), { findTitle: false, costs: ARTICLE_COSTS, endAtTail: false, copies: copiedBlocks }) : null;
  // Readability's pick wins unless our own densest run of the page is much longer (it chose a teaser,
  // a sidebar or nothing).
  const result = article && wordCount(article.text) >= READABILITY_SHARE * wordCount(page.text) ? article : page;
  // What the markup says wins over what the text suggests.
  for (const [k, v] of Object.entries(meta)) (result.meta as Record<string, unknown>)[k] = v;
  if (!meta.authors?.length && main.byline) {
    const names = splitNames(main.byline.replace(/^\s*by\s+/iu, ''));
    if (names.length) result.meta.authors = names;
  }
  return result;
}
