/**
 * A token bucket: `capacity` tokens at most, refilled continuously at
 * `refillPerSecond`. Time comes from an injectable `now()` in milliseconds so
 * callers (and tests) control the clock.
 */
export class TokenBucket {
  /**
   * @param {{ capacity: number, refillPerSecond: number, now?: () => number }} options
   */
  constructor({ capacity, refillPerSecond, now = Date.now }) {
    if (capacity <= 0 || refillPerSecond <= 0) {
      throw new RangeError("capacity and refillPerSecond must be positive");
    }
    this.capacity = capacity;
    this.refillPerSecond = refillPerSecond;
    this.now = now;
    this.tokens = capacity;
    this.updatedAt = now();
  }

  /** Add the tokens earned since the last update, capped at capacity. */
  refill() {
    const t = this.now();
    const earned = ((t - this.updatedAt) / 1000) * this.refillPerSecond;
    this.tokens = Math.min(this.capacity, this.tokens + earned);
    this.updatedAt = t;
  }

  /** Whole tokens available right now. */
  available() {
    this.refill();
    return Math.floor(this.tokens);
  }

  /**
   * Take `n` tokens if there are enough.
   * @param {number} [n=1]
   * @returns {boolean} true when the tokens were taken, false when the caller must wait
   */
  take(n = 1) {
    this.refill();
    if (this.tokens < n) {
      return false;
    }
    this.tokens -= n;
    return true;
  }

  /** Milliseconds until `n` tokens will be available (0 if they are now). */
  waitTime(n = 1) {
    this.refill();
    const missing = n - this.tokens;
    return missing <= 0 ? 0 : Math.ceil((missing / this.refillPerSecond) * 1000);
  }
}
