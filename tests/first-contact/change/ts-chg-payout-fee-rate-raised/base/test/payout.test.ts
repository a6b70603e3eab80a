import { describe, expect, it } from 'vitest';
import { feeCents, payoutCents } from '../src/payout';

describe('fees', () => {
  it.each([
    [1000, 59],
    [2500, 103],
    [19999, 610],
  ])('fee on %i cents is %i', (sale, fee) => {
    expect(feeCents(sale)).toBe(fee);
  });

  it('payout subtracts every fee', () => {
    expect(payoutCents([1000, 2500])).toBe(3338);
  });

  it('rejects fractional cents', () => {
    expect(() => feeCents(10.5)).toThrow(RangeError);
  });
});
