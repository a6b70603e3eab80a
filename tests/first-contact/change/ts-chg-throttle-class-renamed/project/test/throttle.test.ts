import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../src/throttle';

describe('RateLimiter', () => {
  it('allows a burst up to capacity', () => {
    const limiter = new RateLimiter(3, 1);
    expect([0, 0, 0, 0].map((t) => limiter.tryTake(t))).toEqual([true, true, true, false]);
  });

  it('refills over time', () => {
    const limiter = new RateLimiter(1, 2);
    expect(limiter.tryTake(0)).toBe(true);
    expect(limiter.tryTake(100)).toBe(false);
    expect(limiter.tryTake(600)).toBe(true);
  });

  it('rejects an empty bucket', () => {
    expect(() => new RateLimiter(0, 1)).toThrow(RangeError);
  });
});
