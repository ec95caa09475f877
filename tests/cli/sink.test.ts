// Sinks write the pieces `rowRenderer` makes (on workers, one document at a time) exactly as if
// every row had been rendered in one go.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Output } from '../../src/cli/output.js';
import { makeSink, rowRenderer, type Format } from '../../src/cli/sink.js';
import type { Column } from '../../src/render/columns.js';

interface Row {
  name: string;
  n: number;
}

const columns: Column<Row>[] = [
  { header: 'name', value: (r) => r.name, tone: () => 'person' },
  { header: 'n', value: (r) => r.n, align: 'right' },
];
const rows: Row[] = [
  { name: 'Ana, "the minister"', n: 2 },
  { name: 'Lisbon', n: 1 },
  { name: 'Duarte', n: 3 },
];

/** What a run prints when the rows come in the given batches (one per document). */
async function printed(format: Format, batches: Row[][]): Promise<string> {
  let text = '';
  const out = { write: (chunk: string) => void (text += chunk) } as unknown as Output;
  const sink = makeSink(out, { format, columns, chalk: new Chalk({ level: 0 }), width: 80 });
  const render = rowRenderer({ format, columns, toJson: (r) => r, toText: (r) => r.name });
  for (const batch of batches) await sink.write(render(batch));
  await sink.end();
  return text;
}

describe('sinks', () => {
  it.each(['ndjson', 'json', 'csv', 'tsv', 'text', 'table'] as const)('print %s rendered a document at a time as in one go', async (format) => {
    const whole = await printed(format, [rows]);
    expect(await printed(format, [rows.slice(0, 1), rows.slice(1)])).toBe(whole);
    expect(whole).toContain('Lisbon');
  });

  it('make a valid JSON array and a CSV header once', async () => {
    expect(JSON.parse(await printed('json', [rows.slice(0, 2), rows.slice(2)]))).toEqual(rows);
    expect((await printed('csv', [rows.slice(0, 1), rows.slice(1)])).split('\n')).toEqual(['name,n', '"Ana, ""the minister""",2', 'Lisbon,1', 'Duarte,3', '']);
    expect(await printed('csv', [])).toBe('name,n\n');
    expect(await printed('json', [])).toBe('[]\n');
  });
});
