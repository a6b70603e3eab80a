/** Star ratings for product reviews (1-10, whole points; migrated from five stars in v3). */
export const MAX_RATING = 10;

/**
 * Validate a rating and return it as a number.
 * @param {unknown} value
 * @returns {number}
 */
export function parseRating(value) {
  const n = typeof value === 'string' ? Number(value.trim()) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_RATING) {
    throw new RangeError(`rating must be a whole number from 1 to ${MAX_RATING}`);
  }
  return n;
}

/** Average of ratings rounded to one decimal, or null when there are none. */
export function average(ratings) {
  if (ratings.length === 0) return null;
  return Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10;
}
