import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commission, sellerReceives } from '../src/commission.mjs';

const CASES = [
  // [order total, category, expected commission]
  [2000, 'standard', 38],
  [1000, 'standard', 30], // 19 -> raised to the 0.30 minimum
  [150, 'standard', 30],
  [12345, 'standard', 235],
  [26316, 'standard', 500], // 1.9% is exactly 5.00
  [50000, 'standard', 500], // 1.9% of 500.00 is 9.50 -> capped at 5.00
  [2000, 'books', 30], // 24 -> minimum
  [10000, 'books', 120],
];

for (const [total, category, expected] of CASES) {
  test(`commission on ${total} (${category}) is ${expected}`, () => {
    assert.equal(commission(total, category), expected);
  });
}

test('seller receives the total minus commission', () => {
  assert.equal(sellerReceives(2000), 2000 - 38);
  assert.equal(sellerReceives(90000), 90000 - 500);
});

test('rejects a non-positive total', () => {
  assert.throws(() => commission(0), RangeError);
});
