/** Options for {@link backoffDelays}. */
export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
  factor?: number;
}

/**
 * Exponential back-off schedule.
 *
 * @param attempts how many delays to produce
 * @param options  `baseMs` (delay before the first retry, default 100),
 *                 `maxMs` (no delay is ever longer, default 10 000),
 *                 `factor` (growth per attempt, default 2)
 * @returns the delays in milliseconds, one per retry
 */
export function backoffDelays(
  attempts: number,
  { baseMs = 100, maxMs = 10_000, factor = 2 }: BackoffOptions = {},
): number[] {
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
