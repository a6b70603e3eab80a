import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseStock, totals } from '../lib/stock.mjs';

const EXPORT = `# nightly export 2024-05-06
ABC-0001;A1;12
ABC-0001;B4;3

XYZ-0420;A2;0
`;

describe('parseStock', () => {
  it('reads data lines and skips comments and blanks', () => {
    assert.deepStrictEqual(parseStock(EXPORT), [
      { sku: 'ABC-0001', location: 'A1', quantity: 12 },
      { sku: 'ABC-0001', location: 'B4', quantity: 3 },
      { sku: 'XYZ-0420', location: 'A2', quantity: 0 },
    ]);
  });

  it('names the line of a bad quantity', () => {
    assert.throws(() => parseStock('ABC-0001;A1;12\nABC-0002;A1;-4\n'), /line 2/);
  });
});

describe('totals', () => {
  it('sums a SKU over its locations', () => {
    const lines = [
      { sku: 'ABC-0001', location: 'A1', quantity: 12 },
      { sku: 'ABC-0001', location: 'B4', quantity: 3 },
    ];
    assert.deepStrictEqual(totals(lines), new Map([['ABC-0001', 15]]));
  });
});
