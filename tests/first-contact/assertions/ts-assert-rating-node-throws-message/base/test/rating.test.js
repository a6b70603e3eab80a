import test from 'node:test';
import assert from 'node:assert/strict';
import { average, parseRating } from '../lib/rating.js';

test('parses strings', () => {
  assert.equal(parseRating(' 4 '), 4);
});

test('rejects zero', () => {
  assert.throws(() => parseRating(0), { name: 'RangeError', message: 'rating must be a whole number from 1 to 5' });
});

test('average', () => {
  assert.equal(average([4, 5, 3]), 4);
  assert.equal(average([]), null);
});
