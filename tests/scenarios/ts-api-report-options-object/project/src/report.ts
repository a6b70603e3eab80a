/** Renders rows of numbers as CSV or as an aligned text table. */
export type Row = Record<string, number>;

export function renderReport(rows: Row[], format: 'csv' | 'table', withHeader = true): string {
  const columns = rows.length ? Object.keys(rows[0]) : [];
  const lines: string[] = [];
  if (withHeader) lines.push(format === 'csv' ? columns.join(',') : columns.map((c) => c.padEnd(8)).join(''));
  for (const row of rows) {
    const cells = columns.map((c) => String(row[c]));
    lines.push(format === 'csv' ? cells.join(',') : cells.map((c) => c.padEnd(8)).join(''));
  }
  return lines.join('\n');
}
