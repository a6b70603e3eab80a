import { describe, it, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { TokenBucket } from "../lib/token-bucket.js";

describe("TokenBucket", () => {
  let clock;
  let bucket;

  beforeEach(() => {
    clock = 1_000_000;
    bucket = new TokenBucket({ capacity: 5, refillPerSecond: 2, now: () => clock });
  });

  it("starts full", () => {
    assert.equal(bucket.available(), 5);
  });

  it("refuses when empty", () => {
    assert.equal(bucket.tryRemove(5), true);
    assert.equal(bucket.tryRemove(), false);
  });

  it("refills over time", () => {
    bucket.tryRemove(5);
    clock += 1500;
    assert.equal(bucket.available(), 3);
    assert.equal(bucket.tryRemove(3), true);
  });

  it("never exceeds capacity", () => {
    clock += 60_000;
    assert.equal(bucket.available(), 5);
  });

  it("tells how long to wait", () => {
    bucket.tryRemove(5);
    assert.equal(bucket.waitTime(2), 1000);
  });

  it("rejects a zero capacity", () => {
    assert.throws(() => new TokenBucket({ capacity: 0, refillPerSecond: 1 }), RangeError);
  });
});
