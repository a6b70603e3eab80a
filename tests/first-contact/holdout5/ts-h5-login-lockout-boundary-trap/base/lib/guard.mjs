/**
 * Sliding-window lockout for failed logins.
 * A user may fail up to `maxFailures` times within `windowMs`; the next failure inside
 * the window is rejected (locked) and is not recorded.
 */
export class LoginGuard {
  #failures = new Map();

  constructor({ maxFailures = 5, windowMs = 15 * 60_000 } = {}) {
    this.maxFailures = maxFailures;
    this.windowMs = windowMs;
  }

  #recent(user, now) {
    const kept = (this.#failures.get(user) ?? []).filter((t) => now - t < this.windowMs);
    this.#failures.set(user, kept);
    return kept;
  }

  /** Records a failed login. @returns {{ locked: boolean }} */
  fail(user, now) {
    const recent = this.#recent(user, now);
    if (recent.length >= this.maxFailures) return { locked: true };
    recent.push(now);
    return { locked: false };
  }

  /** A successful login clears the user's failures. */
  succeed(user) {
    this.#failures.delete(user);
  }
}
