/**
 * Fixed-width text tables for plain-text e-mails.
 */

export type Cell = string | number | null | undefined;
export type Row = Record<string, Cell>;

export interface TableOptions {
  /** Columns to show, in order. Defaults to the keys of the first row. */
  columns?: string[];
  /** Optional title printed above the table. */
  title?: string;
}

const SEP = ' | ';

function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? cell.toLocaleString('en-US') : cell;
}

/** Width of each column: the widest of its header and its cells. */
export function columnWidths(rows: Row[], columns: string[]): number[] {
  return columns.map((col) =>
    Math.max(col.length, ...rows.map((row) => text(row[col]).length)),
  );
}

function pad(value: string, width: number): string {
  return value.padEnd(width);
}

/**
 * Render rows as a text table.
 *
 * @returns the table, lines joined with "\n", without a trailing newline
 */
export function renderTable(rows: Row[], options: TableOptions = {}): string {
  const columns = options.columns ?? Object.keys(rows[0] ?? {});
  const widths = columnWidths(rows, columns);
  const line = (cells: string[]) =>
    cells.map((c, i) => pad(c, widths[i])).join(SEP).trimEnd();

  const out: string[] = [];
  if (options.title) {
    out.push(options.title, '');
  }
  out.push(line(columns));
  out.push(widths.map((w) => '-'.repeat(w)).join('-+-'));
  for (const row of rows) {
    out.push(line(columns.map((col) => text(row[col]))));
  }
  return out.join('\n');
}
