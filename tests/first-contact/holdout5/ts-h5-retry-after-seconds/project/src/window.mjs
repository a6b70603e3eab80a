/**
 * Fixed-window request limiter keyed by client id. Time is passed in explicitly
 * (milliseconds since the epoch) so callers and tests control the clock.
 */

export const WINDOW_MS = 60_000;
export const LIMIT = 30;

export class FixedWindow {
  #windows = new Map();

  constructor({ limit = LIMIT, windowMs = WINDOW_MS } = {}) {
    this.limit = limit;
    this.windowMs = windowMs;
  }

  /**
   * Records one request.
   * @returns {{ allowed: boolean, remaining: number, retryAfter: number }}
   *   retryAfter: whole seconds until the current window ends, rounded up (0 when allowed);
   *   it goes straight into the Retry-After header, which is in seconds (RFC 9110).
   */
  hit(key, now) {
    let w = this.#windows.get(key);
    if (!w || now >= w.start + this.windowMs) {
      w = { start: now, count: 0 };
      this.#windows.set(key, w);
    }
    if (w.count >= this.limit) {
      return { allowed: false, remaining: 0, retryAfter: Math.ceil((w.start + this.windowMs - now) / 1000) };
    }
    w.count += 1;
    return { allowed: true, remaining: this.limit - w.count, retryAfter: 0 };
  }
}
