/**
 * Exponential back-off schedule.
 *
 * @param attempts how many delays to produce
 * @param baseMs   delay before the first retry
 * @param maxMs    no delay is ever longer than this
 * @param factor   growth per attempt
 * @returns the delays in milliseconds, one per retry
 */
export function backoffDelays(attempts: number, baseMs = 100, maxMs = 10_000, factor = 2): number[] {
  if (!Number.isInteger(attempts) || attempts < 0) {
    throw new RangeError(`attempts must be a non-negative integer, got ${attempts}`);
  }
  const out: number[] = [];
  for (let i = 0; i < attempts; i++) {
    out.push(Math.min(maxMs, Math.round(baseMs * factor ** i)));
  }
  return out;
}

/** Total time spent waiting if every retry is used. */
export function totalWait(delays: number[]): number {
  return delays.reduce((a, b) => a + b, 0);
}
