import test from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../src/clock.js';
import { TokenBucket } from '../src/token-bucket.js';

test('allows a burst up to capacity, then refuses', () => {
  const clock = new ManualClock();
  const bucket = new TokenBucket({ capacity: 3, perSecond: 1, now: clock.now });
  assert.deepEqual([1, 2, 3, 4].map(() => bucket.tryTake()), [true, true, true, false]);
});

test('refills at the configured rate', () => {
  const clock = new ManualClock();
  const bucket = new TokenBucket({ capacity: 2, perSecond: 2, now: clock.now });
  bucket.tryTake();
  bucket.tryTake();
  assert.equal(bucket.tryTake(), false);
  clock.advance(500);
  assert.equal(bucket.tryTake(), true);
  assert.equal(bucket.tryTake(), false);
});
