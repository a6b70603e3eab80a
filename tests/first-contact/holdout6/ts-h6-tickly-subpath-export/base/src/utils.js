const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 };

/**
 * "1h30m", "45s", "2d", "250ms" -> milliseconds.
 * @param {string} text
 * @returns {number}
 */
export function parseDuration(text) {
  const parts = [...String(text).matchAll(/(\d+)\s*(ms|d|h|m|s)/g)];
  const rest = String(text).replace(/(\d+)\s*(ms|d|h|m|s)/g, '').trim();
  if (parts.length === 0 || rest !== '') throw new SyntaxError(`invalid duration: ${JSON.stringify(text)}`);
  return parts.reduce((sum, [, n, unit]) => sum + Number(n) * UNIT_MS[unit], 0);
}

/**
 * Milliseconds -> "1h 30m" (largest units first, zero parts left out; "0s" for 0).
 * @param {number} ms
 */
export function formatDuration(ms) {
  if (!Number.isInteger(ms) || ms < 0) throw new RangeError(`not a duration: ${ms}`);
  if (ms === 0) return '0s';
  const out = [];
  let left = ms;
  for (const [unit, size] of Object.entries(UNIT_MS)) {
    const n = Math.floor(left / size);
    if (n > 0) out.push(`${n}${unit}`);
    left -= n * size;
  }
  return out.join(' ');
}
