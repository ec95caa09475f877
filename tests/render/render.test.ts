import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Column } from '../../src/render/columns.js';
import { csvHeader, csvRows } from '../../src/render/csv.js';
import { JsonArrayPieces, ndjsonLine } from '../../src/render/json.js';
import { renderTable } from '../../src/render/table.js';

interface Row {
  name: string;
  aliases: string[];
  text: string;
}

const columns: Column<Row>[] = [
  { header: 'name', value: (r) => r.name },
  { header: 'aliases', value: (r) => r.aliases },
  { header: 'text', value: (r) => r.text, flex: true },
];
const rows: Row[] = [
  { name: 'Jalal Talabani', aliases: ['Talabani', 'the Iraqi president'], text: 'He said "we here in Iraq, our constitution prohibit the presence of any foreign armed group".' },
  { name: 'MKO', aliases: [], text: 'short' },
];

describe('csv', () => {
  it('quotes commas, quotation marks and joins lists', () => {
    expect(csvHeader(columns, ',')).toBe('name,aliases,text\n');
    const lines = csvRows(columns, rows, ',').split('\n');
    expect(lines[0]).toBe('Jalal Talabani,Talabani; the Iraqi president,"He said ""we here in Iraq, our constitution prohibit the presence of any foreign armed group""."');
    expect(lines[1]).toBe('MKO,,short');
  });

  it('separates with tabs for TSV', () => {
    expect(csvRows(columns, rows.slice(1), '\t')).toBe('MKO\t\tshort\n');
  });
});

describe('json', () => {
  it('builds a valid array piece by piece, and an empty one', () => {
    const p = new JsonArrayPieces();
    expect(JSON.parse(p.item({ a: 1 }) + p.item({ b: 2 }) + p.close())).toEqual([{ a: 1 }, { b: 2 }]);
    expect(JSON.parse(new JsonArrayPieces().close())).toEqual([]);
    expect(ndjsonLine({ a: 'x\ny' })).toBe('{"a":"x\\ny"}\n');
  });
});

describe('table', () => {
  it('fits the width, wraps the flexible column and keeps every word', () => {
    const out = renderTable(columns, rows, { width: 60, chalk: new Chalk({ level: 0 }) });
    for (const line of out.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    const words = out.replace(/[│┌┐└┘├┤┬┴┼─]/gu, ' ');
    for (const w of ['constitution', 'prohibit', 'foreign', 'MKO', 'short']) expect(words).toContain(w);
  });

  it('cuts an overlong fixed cell with an ellipsis', () => {
    const long: Row = { name: 'A'.repeat(80), aliases: [], text: 't' };
    const out = renderTable(columns, [long], { width: 80, chalk: new Chalk({ level: 0 }) });
    expect(out).toContain('…');
    expect(out).not.toContain('A'.repeat(80));
  });
});
