/** A small in-memory cache with a time-to-live taken from the environment. */

/** The configured TTL in milliseconds; a missing or non-positive value is a configuration error. */
export function ttlMs() {
  const seconds = Number(process.env.CACHE_TTL_SECONDS);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new RangeError(`CACHE_TTL_SECONDS must be a positive number, got ${process.env.CACHE_TTL_SECONDS}`);
  }
  return seconds * 1000;
}

export class TtlCache {
  /** @param {() => number} now clock in milliseconds */
  constructor(now = Date.now) {
    this.now = now;
    this.ttl = ttlMs();
    this.entries = new Map();
  }

  set(key, value) {
    this.entries.set(key, { value, expires: this.now() + this.ttl });
  }

  /** The value, or undefined when missing or expired (expired entries are dropped). */
  get(key) {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (this.now() >= e.expires) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }
}
