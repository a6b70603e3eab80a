import { expect, test } from 'vitest';
import { orderPrice } from '../src/bulk';

const cases: Array<[qty: number, expected: number]> = [
  [1, 12],
  [4, 12 * 4],
  [5, 12 * 5 * 0.95],
  [10, 12 * 10 * 0.9],
  [50, 12 * 50 * 0.85],
];

test('tiered prices', () => {
  for (const [qty, expected] of cases) {
    expect(orderPrice(qty), `qty ${qty}`).toBeCloseTo(expected, 2);
  }
});
