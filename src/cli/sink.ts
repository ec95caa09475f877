// Where result rows go, in two halves. `rowRenderer` turns one document's rows into its piece of the
// output in the run's format, on the thread that analysed the document (a worker with --jobs > 1);
// a sink writes those pieces in order, adding what depends on the whole run (a JSON array's
// brackets, the CSV header once, the blank line between texts) or, for tables, collects them until a
// group ends, because a table needs every row to size its columns.
import type { ChalkInstance } from 'chalk';
import type { Column } from '../render/columns.js';
import { csvHeader, csvRows } from '../render/csv.js';
import { JsonArrayPieces, ndjsonLine } from '../render/json.js';
import { renderTableRows, tableRow, type TableRow } from '../render/table.js';
import type { Output } from './output.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'tsv'] as const;
export type Format = (typeof FORMATS)[number] | 'text';

/** One document's rows, rendered: NDJSON lines or CSV rows; JSON items or texts; table cells. */
export type Rendered = { kind: 'chunk'; text: string } | { kind: 'items'; items: string[] } | { kind: 'table'; rows: TableRow[] };

export interface RowFormat<R> {
  format: Format;
  columns: readonly Column<R>[];
  /** The object a row is in JSON and NDJSON. */
  toJson: (row: R) => unknown;
  /** The plain-text form of a row (`clean`). */
  toText?: (row: R) => string;
}

export interface Sink {
  write(rendered: Rendered): Promise<void> | void;
  /** Ends a group of rows (one document's table with --per-doc); `title` heads a table. */
  group(title: string): Promise<void> | void;
  end(): Promise<void> | void;
}

export interface SinkOptions<R> {
  format: Format;
  columns: readonly Column<R>[];
  /** Colours of a table (the other formats have none). */
  chalk: ChalkInstance | null;
  width: number;
}

const delimiterOf = (format: Format) => (format === 'csv' ? ',' : '\t');

export function rowRenderer<R>(o: RowFormat<R>): (rows: readonly R[]) => Rendered {
  switch (o.format) {
    case 'ndjson':
      return (rows) => ({ kind: 'chunk', text: rows.map((r) => ndjsonLine(o.toJson(r))).join('') });
    case 'json':
      return (rows) => ({ kind: 'items', items: rows.map((r) => JSON.stringify(o.toJson(r))) });
    case 'csv':
    case 'tsv': {
      const delimiter = delimiterOf(o.format);
      return (rows) => ({ kind: 'chunk', text: csvRows(o.columns, rows, delimiter) });
    }
    case 'text': {
      const toText = o.toText ?? ((r: R) => String(r));
      return (rows) => ({ kind: 'items', items: rows.map(toText) });
    }
    case 'table':
      return (rows) => ({ kind: 'table', rows: rows.map((r) => tableRow(o.columns, r)) });
  }
}

/** The text of a chunk or the items of a list (what each format's renderer above makes). */
const chunkOf = (r: Rendered) => (r.kind === 'chunk' ? r.text : '');
const itemsOf = (r: Rendered) => (r.kind === 'items' ? r.items : []);

export function makeSink<R>(out: Output, o: SinkOptions<R>): Sink {
  switch (o.format) {
    case 'ndjson':
      return { write: (r) => out.write(chunkOf(r)), group() {}, end() {} };
    case 'json': {
      const pieces = new JsonArrayPieces();
      return { write: (r) => out.write(itemsOf(r).map((json) => pieces.itemText(json)).join('')), group() {}, end: () => out.write(pieces.close()) };
    }
    case 'csv':
    case 'tsv': {
      const delimiter = delimiterOf(o.format);
      let started = false;
      return {
        write(r) {
          const head = started ? '' : csvHeader(o.columns, delimiter);
          started = true;
          return out.write(head + chunkOf(r));
        },
        group() {},
        end: () => (started ? undefined : out.write(csvHeader(o.columns, delimiter))),
      };
    }
    case 'text': {
      let first = true;
      return {
        write(r) {
          const parts = itemsOf(r).map((text) => {
            const piece = `${first ? '' : '\n'}${text}\n`;
            first = false;
            return piece;
          });
          return out.write(parts.join(''));
        },
        group() {},
        end() {},
      };
    }
    case 'table': {
      const chalk = o.chalk;
      if (!chalk) throw new Error('a table sink needs its colours');
      let pending: TableRow[] = [];
      let printed = 0;
      const flush = (title: string | null) => {
        if (pending.length === 0) return;
        const heading = title === null ? '' : `${printed++ ? '\n' : ''}${chalk.bold(title)}\n`;
        const table = renderTableRows(o.columns, pending, { width: o.width, chalk });
        pending = [];
        return out.write(heading + table);
      };
      return {
        write(r) {
          if (r.kind === 'table') pending.push(...r.rows);
        },
        group: (title) => flush(title),
        end: () => flush(null),
      };
    }
  }
}
