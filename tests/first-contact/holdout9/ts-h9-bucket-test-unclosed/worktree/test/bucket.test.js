'use strict';
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { TokenBucket } = require('../lib/bucket');

/** A bucket on a manual clock. */
function makeBucket(options = {}) {
  let t = 1_000_000;
  const clock = { advance: (ms) => (t += ms) };
  const bucket = new TokenBucket({ capacity: 5, refillPerSec: 2, now: () => t, ...options });
  return { bucket, clock };
}

describe('TokenBucket', () => {
  it('starts full', () => {
    const { bucket } = makeBucket();
    assert.equal(bucket.available(), 5);
  });

  it('refuses when empty and takes nothing', () => {
    const { bucket } = makeBucket();
    assert.equal(bucket.take(4), true);
    assert.equal(bucket.take(2), false);
    assert.equal(bucket.available(), 1);
  });

  it('refills over time up to capacity', () => {
    const { bucket, clock } = makeBucket();
    bucket.take(5);
    clock.advance(1500);
    assert.equal(bucket.available(), 3);
    clock.advance(60_000);
    assert.equal(bucket.available(), 5);
  });

  it('rejects requests larger than the bucket', () => {
    const { bucket } = makeBucket();
    assert.throws(() => bucket.take(6), /cannot take 6 tokens from a bucket of 5/);
  });
});

describe('retryAfterMs', () => {
  it('is 0 while tokens are available', () => {
    const { bucket } = makeBucket();
    assert.equal(bucket.retryAfterMs(), 0);
    assert.equal(bucket.retryAfterMs(5), 0);

  it('waits for the missing tokens at the refill rate', () => {
    const { bucket, clock } = makeBucket();
    bucket.take(5);
    assert.equal(bucket.retryAfterMs(), 500);
    assert.equal(bucket.retryAfterMs(3), 1500);
    clock.advance(250);
    assert.equal(bucket.retryAfterMs(), 250);
  });
});
