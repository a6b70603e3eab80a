/**
 * Sliding-window log limiter: at most `limit` requests in any `windowMs` span.
 * Stricter than a token bucket (no bursts beyond `limit`), at the cost of remembering timestamps.
 */
export class SlidingWindow {
  /**
   * @param {{ limit: number, windowMs: number, now?: () => number }} options
   */
  constructor({ limit, windowMs, now = Date.now }) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a positive integer');
    this.limit = limit;
    this.windowMs = windowMs;
    this.now = now;
    /** @type {number[]} request times, oldest first */
    this.log = [];
  }

  /** @returns {boolean} whether a request may go ahead now (recorded if so) */
  tryTake() {
    const t = this.now();
    while (this.log.length > 0 && this.log[0] <= t - this.windowMs) this.log.shift();
    if (this.log.length >= this.limit) return false;
    this.log.push(t);
    return true;
  }

  /** @returns {number} milliseconds until the next request would be allowed (0 if now) */
  retryAfter() {
    if (this.log.length < this.limit) return 0;
    return Math.max(0, this.log[0] + this.windowMs - this.now());
  }
}
