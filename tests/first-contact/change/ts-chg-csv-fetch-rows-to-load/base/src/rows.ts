/** A parsed CSV record keyed by header name. */
export type Row = Record<string, string>;

/**
 * Parse CSV text (first line = header, comma separated, no quoting) into rows.
 * Blank lines are skipped and every cell is trimmed.
 *
 * @example fetchRows('a,b\n1,2') // [{ a: '1', b: '2' }]
 */
export function fetchRows(text: string): Row[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return [];
  const header = lines[0].split(',').map((h) => h.trim());
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    const row: Row = {};
    header.forEach((h, i) => {
      row[h] = (cells[i] ?? '').trim();
    });
    return row;
  });
}
