// How a result row shows as a table or CSV column. Renderers only format what these return.

export type Cell = string | number | null | readonly string[];

export interface Column<R> {
  header: string;
  value: (row: R) => Cell;
  /** Takes the terminal width the other columns leave, and wraps. */
  flex?: boolean;
  align?: 'left' | 'right';
  /** The type that picks the cell's colour in a table (`person`, `date`, ...). */
  tone?: (row: R) => string | undefined;
}

export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'string') return cell;
  return cell.join('; ');
}
