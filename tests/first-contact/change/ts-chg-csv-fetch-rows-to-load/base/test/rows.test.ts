import { describe, expect, it } from 'vitest';
import { fetchRows } from '../src/rows.js';
import { columnTotal } from '../src/summary.js';

const CSV = 'sku, qty\nA-1, 3\n\nB-2,x\nC-3,4\n';

describe('fetchRows', () => {
  it('maps cells to trimmed header names', () => {
    const rows: { sku: string; qty: string }[] = fetchRows(CSV).map((r) => ({ sku: r.sku, qty: r.qty }));
    expect(rows[0]).toEqual({ sku: 'A-1', qty: '3' });
  });

  it('skips blank lines', () => {
    expect(fetchRows(CSV)).toHaveLength(3);
  });

  it('totals a column', () => {
    expect(columnTotal(CSV, 'qty')).toBe(7);
  });
});
