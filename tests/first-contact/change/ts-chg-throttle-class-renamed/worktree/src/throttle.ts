/**
 * Token bucket: `capacity` tokens, refilled at `perSecond` tokens per second.
 * Time is passed in explicitly (milliseconds) so callers and tests control it.
 *
 * @example new Throttle(2, 1).tryTake(0) // true
 */
export class Throttle {
  private tokens: number;
  private last = 0;

  constructor(private readonly capacity: number, private readonly perSecond: number) {
    if (capacity < 1) throw new RangeError('capacity must be at least 1');
    this.tokens = capacity;
  }

  /** Take one token at time `nowMs`; false when the bucket is empty. */
  tryTake(nowMs: number): boolean {
    const elapsed = Math.max(0, nowMs - this.last) / 1000;
    this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.perSecond);
    this.last = nowMs;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
