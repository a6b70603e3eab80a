import { describe, expect, it } from 'vitest';
import { applyDiscount, bestCoupon, withFloor } from '../src/discount';

describe('applyDiscount', () => {
  it('takes a percentage off', () => {
    expect(applyDiscount(1_999, 10).toBe(1_799);
  });

  it('rejects impossible discounts', () => {
    expect(() => applyDiscount(100, 120)).toThrow(RangeError);
  });
});

describe('bestCoupon', () => {
  it('picks the largest saving whose minimum is met', () => {
    const coupons = [
      { code: 'TEN', percent: 10 },
      { code: 'BIG', percent: 25, minimumSpend: 10_000 },
    ];
    expect(bestCoupon(5_000, coupons)?.code).toBe('TEN');
    expect(withFloor(applyDiscount(1_000, 95), 100)).toBe(100);
  });
});
