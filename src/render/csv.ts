// CSV and TSV: a header row, then one row per result, quoted by csv-stringify.
import { createRequire } from 'node:module';
import { cellText, type Column } from './columns.js';

// Loaded with the first CSV row, so runs that print other formats never load it.
const require = createRequire(import.meta.url);
const stringify: typeof import('csv-stringify/sync').stringify = (records, options) =>
  (require('csv-stringify/sync') as typeof import('csv-stringify/sync')).stringify(records, options);

export function csvHeader<R>(columns: readonly Column<R>[], delimiter: string): string {
  return stringify([columns.map((c) => c.header)], { delimiter });
}

export function csvRows<R>(columns: readonly Column<R>[], rows: readonly R[], delimiter: string): string {
  if (rows.length === 0) return '';
  return stringify(rows.map((r) => columns.map((c) => cellText(c.value(r)))), { delimiter });
}
