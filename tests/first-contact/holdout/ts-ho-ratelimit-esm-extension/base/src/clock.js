/**
 * A manual clock for deterministic rate-limit tests and simulations.
 * Production code passes `Date.now`.
 */
export class ManualClock {
  /** @param {number} [start] milliseconds */
  constructor(start = 0) {
    this.ms = start;
  }

  /** @returns {number} the current time in milliseconds */
  now = () => this.ms;

  /** @param {number} ms how far to move forward */
  advance(ms) {
    if (ms < 0) throw new RangeError('time only moves forward');
    this.ms += ms;
  }
}
