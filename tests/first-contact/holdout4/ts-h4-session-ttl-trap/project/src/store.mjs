import { randomUUID } from "node:crypto";

// Timeouts (milliseconds)
export const IDLE_TIMEOUT_MS = 180_000; // 30 minutes, SEC-7
export const MAX_LIFETIME_MS = 43_200_000; // 12 hours

/**
 * Session store with an idle timeout and an absolute lifetime.
 * `now` is injectable so tests can drive the clock.
 */
export class SessionStore {
  #sessions = new Map();

  constructor(now = () => Date.now()) {
    this.now = now;
  }

  /** Create a session for `user` and return its id. */
  create(user) {
    const id = randomUUID();
    const t = this.now();
    this.#sessions.set(id, { user, created: t, lastSeen: t });
    return id;
  }

  /** The session's user, or undefined if it is unknown or expired (expired ones are removed). */
  get(id) {
    const s = this.#sessions.get(id);
    if (!s) return undefined;
    const t = this.now();
    if (t - s.lastSeen >= IDLE_TIMEOUT_MS || t - s.created >= MAX_LIFETIME_MS) {
      this.#sessions.delete(id);
      return undefined;
    }
    return s.user;
  }

  /** Record activity; returns false if the session is gone. */
  touch(id) {
    if (this.get(id) === undefined) return false;
    this.#sessions.get(id).lastSeen = this.now();
    return true;
  }

  get size() {
    return this.#sessions.size;
  }
}
