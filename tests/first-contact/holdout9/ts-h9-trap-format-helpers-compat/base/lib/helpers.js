'use strict';

const DECIMAL = ['B', 'kB', 'MB', 'GB', 'TB'];
const BINARY = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/**
 * Human-readable size, one decimal, trailing ".0" dropped.
 * @param {number} bytes
 * @param {{ binary?: boolean }} [options] powers of 1024 with IEC units
 * @returns {string}
 */
function formatBytes(bytes, { binary = false } = {}) {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`invalid size: ${bytes}`);
  const base = binary ? 1024 : 1000;
  const units = binary ? BINARY : DECIMAL;
  let value = bytes;
  let i = 0;
  while (value >= base && i < units.length - 1) {
    value /= base;
    i++;
  }
  const text = i === 0 ? String(value) : value.toFixed(1).replace(/\.0$/, '');
  return `${text} ${units[i]}`;
}

/**
 * A ratio as a percentage string.
 * @param {number} ratio e.g. 0.125
 * @param {number} [digits=1]
 */
function formatPercent(ratio, digits = 1) {
  return `${(ratio * 100).toFixed(digits)}%`;
}

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

module.exports = { formatBytes, formatPercent, clamp, chunk };
