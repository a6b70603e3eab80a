/**
 * Marketplace commission. All amounts are integer cents.
 */

/** Commission rate per category, in basis points (1 bp = 0.01%). */
export const RATE_BPS = Object.freeze({
  standard: 190,
});

/** Every order pays at least 0.30. */
export const MIN_FEE_CENTS = 30;

/** Commission never exceeds 5.00 per order (seller agreement §4.2). */
export const MAX_FEE_CENTS = 500;

/**
 * Commission for one order: the category rate, rounded to the nearest cent,
 * clamped to [MIN_FEE_CENTS, MAX_FEE_CENTS].
 * @param {number} orderCents order total in cents (> 0)
 * @param {keyof typeof RATE_BPS} [category]
 * @returns {number}
 */
export function commission(orderCents, category = 'standard') {
  if (!Number.isInteger(orderCents) || orderCents <= 0) {
    throw new RangeError(`order total must be a positive integer, got ${orderCents}`);
  }
  const bps = RATE_BPS[category];
  if (bps === undefined) throw new RangeError(`unknown category: ${category}`);
  const raw = Math.round((orderCents * bps) / 10_000);
  return Math.min(MAX_FEE_CENTS, Math.max(MIN_FEE_CENTS, raw));
}

/**
 * What the seller is paid out for an order.
 * @param {number} orderCents
 * @param {keyof typeof RATE_BPS} [category]
 */
export function sellerReceives(orderCents, category = 'standard') {
  return orderCents - commission(orderCents, category);
}
