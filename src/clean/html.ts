// HTML mode: parse with linkedom, read the metadata, let Readability pick the article element, lay its
// blocks out as text, then run the same classifier as text mode over those blocks.
import { parseHTML } from 'linkedom';
import { classify } from './engine.js';
import { collectBlocks, layOut, type DomNode } from './html/blocks.js';
import { extractMain } from './html/extract.js';
import { pageMeta, type MetaDom } from './html/meta.js';
import { splitNames } from './rules/byline.js';
import type { CleanResult } from './types.js';

function parse(html: string): { document: unknown; dom: MetaDom; body: DomNode } {
  const { document } = parseHTML(html);
  const body = (document.body ?? document.documentElement ?? document) as unknown as DomNode;
  return { document, dom: document as unknown as MetaDom, body };
}

/** The page as text, block by block, without boilerplate removal. */
export function htmlToText(html: string): { text: string; title: string | null } {
  const { dom, body } = parse(html);
  const meta = pageMeta(dom);
  return { text: layOut(collectBlocks(body)).text, title: meta.title ?? null };
}

export function cleanHtml(html: string): CleanResult {
  const { document, dom, body } = parse(html);
  const meta = pageMeta(dom);
  const main = extractMain(document, body);
  const { blocks } = layOut(collectBlocks(main.root));
  const result = classify(blocks, { findTitle: false });
  // What the markup says wins over what the text suggests.
  for (const [k, v] of Object.entries(meta)) (result.meta as Record<string, unknown>)[k] = v;
  if (!meta.authors?.length && main.byline) {
    const names = splitNames(main.byline.replace(/^\s*by\s+/iu, ''));
    if (names.length) result.meta.authors = names;
  }
  return result;
}
