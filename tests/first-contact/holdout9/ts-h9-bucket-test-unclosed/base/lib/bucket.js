'use strict';

/**
 * A token bucket: `capacity` tokens, refilled continuously at `refillPerSec`.
 */
class TokenBucket {
  /**
   * @param {object} options
   * @param {number} options.capacity maximum number of tokens, > 0
   * @param {number} options.refillPerSec tokens added per second, > 0
   * @param {() => number} [options.now] clock in milliseconds, default Date.now
   */
  constructor({ capacity, refillPerSec, now = Date.now }) {
    if (!(capacity > 0) || !(refillPerSec > 0)) {
      throw new RangeError('capacity and refillPerSec must be positive');
    }
    this.capacity = capacity;
    this.refillPerSec = refillPerSec;
    this.now = now;
    this.tokens = capacity;
    this.updatedAt = now();
  }

  /** Add the tokens earned since the last update. */
  refill() {
    const t = this.now();
    const earned = ((t - this.updatedAt) / 1000) * this.refillPerSec;
    this.tokens = Math.min(this.capacity, this.tokens + earned);
    this.updatedAt = t;
  }

  /** Current number of whole tokens. */
  available() {
    this.refill();
    return Math.floor(this.tokens);
  }

  /**
   * Take `n` tokens if all of them are available.
   * @param {number} [n=1]
   * @returns {boolean} whether the tokens were taken
   */
  take(n = 1) {
    if (n > this.capacity) {
      throw new RangeError(`cannot take ${n} tokens from a bucket of ${this.capacity}`);
    }
    this.refill();
    if (this.tokens < n) return false;
    this.tokens -= n;
    return true;
  }
}

module.exports = { TokenBucket };
