/**
 * Sliding-window throttle for failed logins, per account.
 *
 * At most `limit` failed attempts are allowed within any `windowMs` period. A
 * failure stops counting exactly `windowMs` milliseconds after it happened, so
 * with limit 5 and a 60 s window, a user locked out at t=0 may try again at
 * t=60 000 ms.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Timestamps of failures still inside the window (oldest first). */
  private recent(account: string): number[] {
    let hits = this.failures.get(account);
    if (!hits) {
      hits = [];
      this.failures.set(account, hits);
    }
    // Timestamps are pushed in order, so everything before the first hit
    // still inside the window has expired.
    const t = this.now();
    const firstLive = hits.findIndex((at) => t - at <= this.windowMs);
    hits.splice(0, firstLive === -1 ? hits.length : firstLive);
    return hits;
  }

  /** Record a failed login. */
  recordFailure(account: string): void {
    this.recent(account).push(this.now());
  }

  /** True when the account may attempt a login now. */
  isAllowed(account: string): boolean {
    return this.recent(account).length < this.limit;
  }

  /** Milliseconds until the next attempt is allowed (0 when allowed now). */
  retryAfterMs(account: string): number {
    const hits = this.recent(account);
    if (hits.length < this.limit) {
      return 0;
    }
    return hits[hits.length - this.limit] + this.windowMs - this.now();
  }

  /** Forget an account's failures after a successful login. */
  reset(account: string): void {
    this.failures.delete(account);
  }
}
