import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { collectBlocks } from '../../../src/clean/html/blocks.js';

const blocksOf = (body: string) => collectBlocks(parseHTML(`<html><body>${body}</body></html>`).document as never);

describe('collectBlocks: items', () => {
  it('tags a paragraph inside a list item as the item', () => {
    const blocks = blocksOf('<ul><li><p>Fix volatile loads</p></li><li>Add packed structs</li></ul><p>After the list.</p>');
    expect(blocks.map((b) => [b.text, b.tag])).toEqual([['Fix volatile loads', 'li'], ['Add packed structs', 'li'], ['After the list.', 'p']]);
  });

  it('tags a paragraph inside a table cell as the cell', () => {
    const blocks = blocksOf('<table><tr><td><p>Unwinding</p></td><td><p>80%</p></td></tr></table>');
    expect(blocks.map((b) => b.tag)).toEqual(['cell', 'cell']);
  });

  it('keeps headings inside an item as headings, and the item text after a nested block as the item', () => {
    const blocks = blocksOf('<ul><li><h3>Step one</h3><div>Rinse the nets</div> and dry them</li></ul>');
    expect(blocks.map((b) => [b.text, b.tag])).toEqual([['Step one', 'heading'], ['Rinse the nets', 'li'], ['and dry them', 'li']]);
  });
});

describe('collectBlocks: mojibake', () => {
  it('puts back UTF-8 read as Latin-1 in the text', () => {
    const blocks = blocksOf('<p>The harbour\u00e2\u0080\u0099s new caf\u00c3\u00a9 opened</p><p>Crème brûlée stays</p>');
    expect(blocks.map((b) => b.text)).toEqual(['The harbour’s new café opened', 'Crème brûlée stays']);
  });
});
