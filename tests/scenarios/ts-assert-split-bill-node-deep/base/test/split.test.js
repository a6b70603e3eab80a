import { test } from 'node:test';
import assert from 'node:assert';
import { splitBill } from '../src/split.js';

test('leftover cents', () => {
  assert.deepStrictEqual(splitBill(1001, 3), [334, 334, 333]);
});

test('even split', () => {
  assert.deepStrictEqual(splitBill(900, 3), [300, 300, 300]);
});
