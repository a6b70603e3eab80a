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

module.exports = { formatBytes };
