import { describe, expect, it } from 'vitest';
import { splitBill } from '../src/split';

describe('splitBill', () => {
  it('spreads leftover cents over the first shares', () => {
    expect(splitBill(1000, 3)).toEqual([334, 333, 333]);
  });

  it('adds the tip before splitting', () => {
    expect(splitBill(8000, 4, 15)).toEqual([2300, 2300, 2300, 2300]);
  });

  it('shares add up to bill plus tip', () => {
    const shares = splitBill(4999, 6, 12.5);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(5624);
  });
});
