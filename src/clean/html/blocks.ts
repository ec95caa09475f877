// Rendered text of a DOM subtree as blocks: one block per block-level element's own text, with the
// share of it inside links. An explicit stack, never recursion: 50,000 nested divs must not blow it.
import type { Block, BlockTag } from '../types.js';
import { repairMojibake } from './title.js';

// Minimal structural view of a DOM node, so linkedom's types need not leak here.
export interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent?: string | null;
  nodeValue?: string | null;
  getAttribute?(name: string): string | null;
  querySelector?(selectors: string): unknown;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'OBJECT', 'CANVAS', 'TITLE', 'META', 'LINK', 'MATH']);
const BLOCK_TAGS: Record<string, BlockTag> = {
  P: 'p', H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading', LI: 'li', DT: 'li', DD: 'li',
  BLOCKQUOTE: 'quote', PRE: 'pre', TD: 'cell', TH: 'cell', FIGCAPTION: 'caption', CAPTION: 'caption',
};
const BREAKS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'FIGURE', 'FORM', 'FIELDSET', 'BR', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'CENTER']);

export interface RawBlock {
  text: string;
  tag: BlockTag;
  linkDensity: number;
  chrome: boolean;
  /** Ids of the chrome-looking elements around the block (class or id words). */
  chromeIds?: number[];
  /** Ids of the elements around the block whose class names a call to action or an overlay. */
  dropIds?: number[];
}

const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM']);
// Class and id words of page chrome; matched as whole tokens split on non-letters. Author boxes, bios,
// disclaimers and promos sit inside the article element but are not its text.
const CHROME_WORDS = new Set(['nav', 'navbar', 'navigation', 'menu', 'footer', 'sidebar', 'comment', 'comments', 'breadcrumb', 'breadcrumbs',
  'cookie', 'newsletter', 'related', 'share', 'social', 'author', 'bio', 'disclaimer', 'promo']);

/**
 * Class words of boxes that are never the article's text, wherever they sit: calls to action, sign-up
 * boxes, sliders (testimonials, teasers) and modal dialogs. Unlike the chrome words above, whose prose a
 * dense run may keep, these boxes leave the page's text, as buttons and forms do. Class only, not id:
 * ids are often made from a heading's words ("how-long-does-it-take-to-form-an-llc"). WCXB dev: kept
 * boxes classed so held 2,100 shingles not in the reference on 27 pages, 36 that are on 2.
 */
const DROP_WORDS = new Set(['cta', 'signup', 'slider', 'modal']);

/** Hidden markup, except the hidden <div id="S:0"> in which streamed (Next.js) pages deliver content. */
function isHidden(node: DomNode): boolean {
  if (node.getAttribute?.('aria-hidden') === 'true') return true;
  if (node.getAttribute?.('hidden') == null) return false;
  return !/^S:[0-9]{1,6}$/u.test(node.getAttribute?.('id') ?? '');
}

function chromeRole(node: DomNode): boolean {
  const role = node.getAttribute?.('role');
  return role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary';
}

function chromeClass(node: DomNode): boolean {
  const attrs = `${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('id') ?? ''}`.toLowerCase();
  if (attrs.length < 2) return false;
  for (const w of attrs.split(/[^a-z]+/u)) if (CHROME_WORDS.has(w)) return true;
  return false;
}

function dropClass(node: DomNode): boolean {
  const cls = node.getAttribute?.('class');
  if (!cls || cls.length < 3) return false;
  for (const w of cls.toLowerCase().split(/[^a-z]+/u)) if (DROP_WORDS.has(w)) return true;
  return false;
}

/** What a table row must not hold to be laid out as one line: links, blocks, nested tables. */
const NOT_PLAIN_ROW = 'a,p,div,ul,ol,li,dl,table,br,hr,h1,h2,h3,h4,h5,h6,blockquote,pre,figure';

/**
 * A row of plain cells (text only) is one line of data, "Week 1 Rest Run 30 min", as it reads across
 * and as the reference texts write it: as one block it can count as prose where its cells one by one
 * are short labels that end the article's run. Rows with links or blocks inside keep a block per cell.
 * WCXB dev: shingle F1 0.9514 -> 0.9521, 6 pages better (tables of plans, specs, scores), 1 worse.
 */
function isPlainRow(node: DomNode): boolean {
  return typeof node.querySelector === 'function' && node.querySelector(NOT_PLAIN_ROW) === null;
}

const isItem = (name: string) => BLOCK_TAGS[name] === 'li' || BLOCK_TAGS[name] === 'cell';

/**
 * "<li><p>Fix volatile loads</p></li>": a paragraph or bare text inside a list item or a table cell is
 * that item's line, and costs what a list item or cell does (not what a short stray line does, which
 * split changelogs and tables of figures out of their article). WCXB dev: shingle F1 0.9535 -> 0.9545,
 * 5 pages better (lists of patches, of providers, tables of percentages), none worse.
 */
function itemTag(tag: BlockTag, items: readonly BlockTag[]): BlockTag {
  return (tag === 'p' || tag === 'other') && items.length > 0 ? items[items.length - 1]! : tag;
}

export function collectBlocks(root: DomNode): RawBlock[] {
  const out: RawBlock[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let tag: BlockTag = 'other';
  let inLink = 0;
  // Everything inside a caption is caption, whatever blocks it nests.
  let inCaption = 0;
  // The list items and table cells around the walk: a paragraph inside one is the item's text.
  const items: BlockTag[] = [];
  // Inside a plain row, cells are inline, one space apart.
  let inPlainRow = 0;
  // Class/id-matched chrome is only a guess: a wrapper classed "has-sidebar" may hold the article.
  const chromeStack: number[] = [];
  const dropStack: number[] = [];
  let nextChromeId = 0;
  const flush = () => {
    // "Aredâ\u0080\u0099s": a page stored as UTF-8 read as Latin-1 somewhere upstream; its words are put back.
    const text = repairMojibake(parts.join('').replace(/[ \t\r\n\f\u00a0]+/gu, ' ').trim());
    if (text) out.push({ text, tag: inCaption > 0 ? 'caption' : itemTag(tag, items), linkDensity: Math.min(1, linkChars / text.length), chrome: false, chromeIds: chromeStack.length ? [...chromeStack] : undefined, dropIds: dropStack.length ? [...dropStack] : undefined });
    parts = [];
    linkChars = 0;
    tag = 'other';
  };
  // Entries are nodes to enter, or markers (negative) to leave an element.
  // `ordinal`: the number an ordered list gives this item, written out as "3. " the way it renders.
  type Entry = { node: DomNode; leave: boolean; guessed?: boolean; dropped?: boolean; ordinal?: number; row?: 'row' | 'cell' };
  const stack: Entry[] = [{ node: root, leave: false }];
  while (stack.length) {
    const { node, leave, guessed, dropped, ordinal, row } = stack.pop()!;
    const name = node.nodeName.toUpperCase();
    if (leave) {
      if (name === 'A') inLink--;
      if (row !== 'cell' && (BLOCK_TAGS[name] || BREAKS.has(name))) flush();
      if (row === 'row') inPlainRow--;
      if (guessed) chromeStack.pop();
      if (dropped) dropStack.pop();
      if (BLOCK_TAGS[name] === 'caption') inCaption--;
      if (row !== 'cell' && isItem(name)) items.pop();
      continue;
    }
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      if (inLink > 0) linkChars += value.replace(/\s+/gu, ' ').length;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (SKIP.has(name) || isHidden(node)) continue;
    const cellInRow = inPlainRow > 0 && (name === 'TD' || name === 'TH');
    const plainRow = name === 'TR' && isPlainRow(node);
    const blockTag: BlockTag | undefined = cellInRow ? undefined : plainRow ? 'cell' : BLOCK_TAGS[name];
    if (blockTag || BREAKS.has(name)) {
      flush();
      if (blockTag) tag = blockTag;
    }
    if (cellInRow) parts.push(' ');
    if (plainRow) inPlainRow++;
    if (ordinal !== undefined) parts.push(`${ordinal}. `);
    if (blockTag === 'caption') inCaption++;
    if (!cellInRow && isItem(name)) items.push(BLOCK_TAGS[name]!);
    if (name === 'A') inLink++;
    const guessedChrome = CHROME_TAGS.has(name) || chromeRole(node) || chromeClass(node);
    if (guessedChrome) chromeStack.push(nextChromeId++);
    const dropBox = dropClass(node);
    if (dropBox) dropStack.push(nextChromeId++);
    stack.push({ node, leave: true, guessed: guessedChrome, dropped: dropBox, row: plainRow ? 'row' : cellInRow ? 'cell' : undefined });
    const kids = node.childNodes;
    const ordinals = name === 'OL' ? listOrdinals(node) : null;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, leave: false, ordinal: ordinals?.get(i) });
  }
  flush();
  return settleChrome(out);
}

const integerAttr = (node: DomNode, name: string): number | null => {
  const v = node.getAttribute?.(name)?.trim();
  return v && /^-?[0-9]{1,9}$/u.test(v) ? Number(v) : null;
};

/** Child index -> number of each <li> directly in an <ol> (its start, reversed and value attributes). */
function listOrdinals(ol: DomNode): Map<number, number> {
  const kids = ol.childNodes;
  const items: number[] = [];
  for (let i = 0; i < kids.length; i++) if (kids[i]!.nodeType === 1 && kids[i]!.nodeName.toUpperCase() === 'LI') items.push(i);
  const reversed = ol.getAttribute?.('reversed') != null;
  const step = reversed ? -1 : 1;
  let n = integerAttr(ol, 'start') ?? (reversed ? items.length : 1);
  const out = new Map<number, number>();
  for (const i of items) {
    n = integerAttr(kids[i]!, 'value') ?? n;
    out.set(i, n);
    n += step;
  }
  return out;
}

/**
 * Chrome (by tag, role or class) is void when it holds much of the page's prose: a <form> or a
 * wrapper classed "has-sidebar" around the whole page. Blocks inside a box to drop that is not void
 * leave the list.
 */
function settleChrome(blocks: RawBlock[]): RawBlock[] {
  const words = new Map<number, number>();
  let total = 0;
  for (const b of blocks) {
    const n = b.text.length > 80 ? b.text.length : 0;
    total += n;
    for (const id of b.chromeIds ?? []) words.set(id, (words.get(id) ?? 0) + n);
    for (const id of b.dropIds ?? []) words.set(id, (words.get(id) ?? 0) + n);
  }
  const isVoid = (id: number) => (words.get(id) ?? 0) > total * 0.3;
  for (const b of blocks) if (b.chromeIds?.some((id) => !isVoid(id))) b.chrome = true;
  return blocks.some((b) => b.dropIds) ? blocks.filter((b) => !b.dropIds?.some((id) => !isVoid(id))) : blocks;
}

/** Lay blocks out as text, one per paragraph, with offsets into that text. */
export function layOut(raw: readonly RawBlock[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let offset = 0;
  const pieces: string[] = [];
  for (const b of raw) {
    if (pieces.length) offset += 2;
    blocks.push({ start: offset, end: offset + b.text.length, text: b.text, tag: b.tag, linkDensity: b.linkDensity, chrome: b.chrome });
    pieces.push(b.text);
    offset += b.text.length;
  }
  return { text: pieces.join('\n\n'), blocks };
}

/** True when the element tree nests deeper than `limit` (explicit stack; stops at the first hit). */
export function nestsDeeperThan(root: DomNode, limit: number): boolean {
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) if (kids[i]!.nodeType === 1) stack.push([kids[i]!, depth + 1]);
  }
  return false;
}
