import test from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../src/clock.js';
import { SlidingWindow } from '../src/sliding-window';

test('allows at most limit requests per window', () => {
  const clock = new ManualClock(10_000);
  const limiter = new SlidingWindow({ limit: 2, windowMs: 1000, now: clock.now });
  assert.equal(limiter.tryTake(), true);
  clock.advance(400);
  assert.equal(limiter.tryTake(), true);
  assert.equal(limiter.tryTake(), false);
  assert.equal(limiter.retryAfter(), 600);
});

test('frees a slot exactly when the oldest request leaves the window', () => {
  const clock = new ManualClock(0);
  const limiter = new SlidingWindow({ limit: 1, windowMs: 1000, now: clock.now });
  assert.equal(limiter.tryTake(), true);
  clock.advance(999);
  assert.equal(limiter.tryTake(), false);
  clock.advance(1);
  assert.equal(limiter.tryTake(), true);
});

test('rejects a fractional limit', () => {
  assert.throws(() => new SlidingWindow({ limit: 1.5, windowMs: 1000 }), RangeError);
});
