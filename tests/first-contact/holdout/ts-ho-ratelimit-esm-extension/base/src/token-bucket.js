/**
 * Token bucket: `capacity` tokens, refilled continuously at `perSecond` tokens per second.
 * Allows short bursts up to `capacity`, then a steady rate.
 */
export class TokenBucket {
  /**
   * @param {{ capacity: number, perSecond: number, now?: () => number }} options
   */
  constructor({ capacity, perSecond, now = Date.now }) {
    if (capacity <= 0 || perSecond <= 0) throw new RangeError('capacity and perSecond must be positive');
    this.capacity = capacity;
    this.perSecond = perSecond;
    this.now = now;
    this.tokens = capacity;
    this.last = now();
  }

  /** @returns {boolean} whether a request may go ahead now (consumes a token if so) */
  tryTake() {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
