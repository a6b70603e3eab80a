/** Small numeric helpers shared by the store locator. Geographic maths lives in ./geo/. */

/** Limits `n` to [min, max]. */
export function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}
