/** Small shared helpers. */

/** Limits n to [min, max]. */
export function clamp(n, min, max) {
  return Math.min(max, Math.max(min, n));
}

/** Zero-pads a positive integer. */
export function pad(n, width) {
  return String(n).padStart(width, "0");
}
