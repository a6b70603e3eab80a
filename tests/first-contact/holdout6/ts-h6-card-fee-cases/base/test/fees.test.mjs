import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cardFee, netPayout } from '../src/fees.mjs';

// amount in cents, card region, expected fee in cents
const CASES = [
  { amount: 1000, region: 'domestic', fee: 34 },
  { amount: 250, region: 'domestic', fee: 24 },
  { amount: 1999, region: 'domestic', fee: 48 },
  { amount: 100000, region: 'domestic', fee: 1420 },
  { amount: 1000, region: 'eea', fee: 39 },
  { amount: 4550, region: 'eea', fee: 106 },
  { amount: 1000, region: 'international', fee: 54 },
  { amount: 8990, region: 'international', fee: 286 },
];

for (const c of CASES) {
  test(`cardFee(${c.amount}, ${c.region}) is ${c.fee}`, () => {
    assert.equal(cardFee(c.amount, c.region), c.fee);
  });
}

test('netPayout subtracts the fee', () => {
  assert.equal(netPayout(5000, 'domestic'), 5000 - 90);
  assert.equal(netPayout(5000, 'international'), 5000 - 170);
});

test('rejects amounts that are not positive integer cents', () => {
  for (const bad of [0, -100, 12.5, NaN]) {
    assert.throws(() => cardFee(bad, 'domestic'), RangeError);
  }
});

test('rejects an unknown region', () => {
  assert.throws(() => cardFee(1000, 'mars'), /unknown region: mars/);
});
