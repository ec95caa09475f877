// CSV and TSV: a header row, then one row per result, quoted by csv-stringify.
import { stringify } from 'csv-stringify/sync';
import { cellText, type Column } from './columns.js';

export function csvHeader<R>(columns: readonly Column<R>[], delimiter: string): string {
  return stringify([columns.map((c) => c.header)], { delimiter });
}

export function csvRows<R>(columns: readonly Column<R>[], rows: readonly R[], delimiter: string): string {
  if (rows.length === 0) return '';
  return stringify(rows.map((r) => columns.map((c) => cellText(c.value(r)))), { delimiter });
}
