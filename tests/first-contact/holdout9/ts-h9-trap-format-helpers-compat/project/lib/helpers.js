'use strict';

/* Generic helpers. Formatting lives in ./format since 2.7. */

// Deprecated re-exports, kept for existing imports until 3.0.
const { formatBytes, formatPercent } = require('./format/bytes');

/** Limit `n` to the range [lo, hi]. */
function clamp(n, lo, hi) {
  return Math.min(hi, Math.max(lo, n));
}

/**
 * Split `items` into arrays of at most `size` items.
 * @template T
 * @param {T[]} items
 * @param {number} size
 * @returns {T[][]}
 */
function chunk(items, size) {
  if (!(size >= 1)) throw new RangeError(`chunk size must be >= 1, got ${size}`);
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

module.exports = { clamp, chunk, formatBytes, formatPercent };
