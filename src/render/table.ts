// Terminal tables (cli-table3) that fit the terminal: fixed columns keep their width, flexible
// columns share what is left and wrap; overlong cells are cut with an ellipsis.
import { createRequire } from 'node:module';
import type { ChalkInstance } from 'chalk';
import type Table from 'cli-table3';
import { cellText, type Column } from './columns.js';

export interface TableStyle {
  width: number;
  chalk: ChalkInstance;
}

const TONES: Record<string, (c: ChalkInstance) => ChalkInstance> = {
  person: (c) => c.cyan,
  organization: (c) => c.magenta,
  place: (c) => c.green,
  nationality: (c) => c.yellow,
  date: (c) => c.green,
  time: (c) => c.cyan,
  duration: (c) => c.yellow,
  set: (c) => c.magenta,
  direct: (c) => c.cyan,
  indirect: (c) => c.yellow,
};

// Loaded with the first table, so runs that print NDJSON or CSV never load it.
const require = createRequire(import.meta.url);
let tableClass: typeof Table | null = null;

const MAX_FIXED = 40;
const MIN_FIXED = 8;
const MAX_CELL = 600;
// Each column costs its padding (1 each side) and a border.
const COLUMN_OVERHEAD = 3;

function cut(s: string, max: number): string {
  const flat = s.replace(/\s+/gu, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(0, max - 1))}…`;
}

/** A row's cells as a table shows them, and the type that colours each (null: plain). */
export interface TableRow {
  cells: string[];
  tones: (string | null)[];
}

/** What a table needs of its columns once the rows are cells. */
export type ColumnLayout = Pick<Column<never>, 'header' | 'flex' | 'align'>;

export function tableRow<R>(columns: readonly Column<R>[], row: R): TableRow {
  return { cells: columns.map((c) => cellText(c.value(row))), tones: columns.map((c) => c.tone?.(row) ?? null) };
}

export function renderTable<R>(columns: readonly Column<R>[], rows: readonly R[], style: TableStyle): string {
  return renderTableRows(columns, rows.map((r) => tableRow(columns, r)), style);
}

/** A table of rows already turned into cells (`tableRow`), e.g. on the worker that analysed them. */
export function renderTableRows(columns: readonly ColumnLayout[], rows: readonly TableRow[], style: TableStyle): string {
  const texts = rows.map((r) => r.cells);
  const natural = columns.map((c, i) => Math.max(c.header.length, ...texts.map((t) => t[i]!.length)));
  const fixed = columns.map((c, i) => (c.flex ? 0 : Math.min(natural[i]!, MAX_FIXED)));
  const flexCount = columns.filter((c) => c.flex).length;
  const room = style.width - 1 - columns.length * COLUMN_OVERHEAD;
  // Flexible columns get at least 40% of the room: narrow the widest fixed columns until they do.
  const minFlex = flexCount ? Math.max(12, Math.floor((room * 0.4) / flexCount)) * flexCount : 0;
  let over = fixed.reduce((a, b) => a + b, 0) + minFlex - room;
  while (over > 0) {
    const widest = fixed.indexOf(Math.max(...fixed));
    if (fixed[widest]! <= MIN_FIXED) break;
    fixed[widest]!--;
    over--;
  }
  const spare = room - fixed.reduce((a, b) => a + b, 0);
  const flexWidth = flexCount ? Math.max(12, Math.floor(spare / flexCount)) : 0;
  const widths = columns.map((c, i) => (c.flex ? Math.min(flexWidth, Math.max(natural[i]!, c.header.length)) : fixed[i]!));

  tableClass ??= require('cli-table3') as typeof Table;
  const table = new tableClass({
    head: columns.map((c) => style.chalk.bold(c.header)),
    colWidths: widths.map((w) => w + 2),
    colAligns: columns.map((c) => c.align ?? 'left'),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  rows.forEach((row, r) => {
    table.push(
      columns.map((c, i) => {
        const text = cut(texts[r]![i]!, c.flex ? MAX_CELL : widths[i]!);
        const tone = row.tones[i];
        const paint = tone ? TONES[tone] : undefined;
        return paint ? paint(style.chalk)(text) : text;
      }),
    );
  });
  return `${table.toString()}\n`;
}
