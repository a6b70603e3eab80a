import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TtlCache } from '../src/cache.mjs';

test('entries expire after the configured ttl', () => {
  let clock = 1_000;
  const cache = new TtlCache(() => clock);
  cache.set('a', 1);
  clock += 59_999;
  assert.equal(cache.get('a'), 1);
  clock += 1;
  assert.equal(cache.get('a'), undefined);
});
