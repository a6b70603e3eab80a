import { test } from 'node:test';
import assert from 'node:assert/strict';
import { orderRef } from '../src/orders.js';

test('order reference', () => {
  assert.strictEqual(orderRef(42, 2024), 'ORD-2024-42');
});

test('rejects bad ids', () => {
  assert.throws(() => orderRef(0, 2024), RangeError);
});
