// Where result rows go: each output format as a sink that streams rows (or, for tables, collects
// them until a group ends, because a table needs every row to size its columns).
import type { ChalkInstance } from 'chalk';
import type { Column } from '../render/columns.js';
import { csvHeader, csvRows } from '../render/csv.js';
import { JsonArrayPieces, ndjsonLine } from '../render/json.js';
import { renderTable } from '../render/table.js';
import type { Output } from './output.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'tsv'] as const;
export type Format = (typeof FORMATS)[number] | 'text';

export interface Sink<R> {
  rows(rows: readonly R[]): Promise<void> | void;
  /** Ends a group of rows (one document's table with --per-doc); `title` heads a table. */
  group(title: string): Promise<void> | void;
  end(): Promise<void> | void;
}

export interface SinkOptions<R> {
  format: Format;
  columns: readonly Column<R>[];
  /** The object a row is in JSON and NDJSON. */
  toJson: (row: R) => unknown;
  /** The plain-text form of a row (`clean`). */
  toText?: (row: R) => string;
  /** Colours of a table (the other formats have none). */
  chalk: ChalkInstance | null;
  width: number;
}

export function makeSink<R>(out: Output, o: SinkOptions<R>): Sink<R> {
  switch (o.format) {
    case 'ndjson':
      return { rows: (rows) => out.write(rows.map((r) => ndjsonLine(o.toJson(r))).join('')), group() {}, end() {} };
    case 'json': {
      const pieces = new JsonArrayPieces();
      return { rows: (rows) => out.write(rows.map((r) => pieces.item(o.toJson(r))).join('')), group() {}, end: () => out.write(pieces.close()) };
    }
    case 'csv':
    case 'tsv': {
      const delimiter = o.format === 'csv' ? ',' : '\t';
      let started = false;
      return {
        rows(rows) {
          const head = started ? '' : csvHeader(o.columns, delimiter);
          started = true;
          return out.write(head + csvRows(o.columns, rows, delimiter));
        },
        group() {},
        end: () => (started ? undefined : out.write(csvHeader(o.columns, delimiter))),
      };
    }
    case 'text': {
      let first = true;
      const toText = o.toText ?? ((r: R) => String(r));
      return {
        rows(rows) {
          const parts = rows.map((r) => {
            const piece = `${first ? '' : '\n'}${toText(r)}\n`;
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
      let pending: R[] = [];
      let printed = 0;
      const flush = (title: string | null) => {
        if (pending.length === 0) return;
        const heading = title === null ? '' : `${printed++ ? '\n' : ''}${chalk.bold(title)}\n`;
        const table = renderTable(o.columns, pending, { width: o.width, chalk });
        pending = [];
        return out.write(heading + table);
      };
      return {
        rows(rows) {
          pending.push(...rows);
        },
        group: (title) => flush(title),
        end: () => flush(null),
      };
    }
  }
}
