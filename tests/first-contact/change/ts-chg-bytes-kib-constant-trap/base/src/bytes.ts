/** Bytes in one kibibyte. */
export const KIB = 1024;
const UNITS = ['B', 'KiB', 'MiB', 'GiB'];

/**
 * Human readable size with binary units and one decimal (bytes stay whole).
 *
 * @example formatBytes(1536) // '1.5 KiB'
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError('size must be a non-negative number');
  let value = bytes;
  let unit = 0;
  while (value >= KIB && unit < UNITS.length - 1) {
    value /= KIB;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}
