/**
 * Card processing fees, per the acquirer contract.
 *
 * A fee is a percentage of the amount (in basis points, 1 bp = 0.01%) plus a fixed part,
 * rounded to the nearest cent. All amounts are integer cents.
 */

/** @typedef {'domestic' | 'eea' | 'international'} Region */

/** @type {Record<Region, { bps: number, fixedCents: number }>} */
export const RATES = Object.freeze({
  domestic: { bps: 140, fixedCents: 20 },
  eea: { bps: 190, fixedCents: 20 },
  international: { bps: 290, fixedCents: 25 },
});

/**
 * Fee charged by the acquirer for one card payment.
 * @param {number} amountCents positive integer amount in cents
 * @param {Region} region where the card was issued
 * @returns {number} fee in cents
 */
export function cardFee(amountCents, region) {
  if (!Number.isInteger(amountCents) || amountCents <= 0) {
    throw new RangeError(`amount must be a positive integer number of cents, got ${amountCents}`);
  }
  const rate = RATES[region];
  if (!rate) throw new RangeError(`unknown region: ${region}`);
  return Math.round((amountCents * rate.bps) / 10_000) + rate.fixedCents;
}

/**
 * Amount settled to the merchant after the fee.
 * @param {number} amountCents
 * @param {Region} region
 * @returns {number}
 */
export function netPayout(amountCents, region) {
  return amountCents - cardFee(amountCents, region);
}
