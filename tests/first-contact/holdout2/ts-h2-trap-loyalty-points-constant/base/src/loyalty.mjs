/**
 * Loyalty points. Members earn POINTS_PER_EURO (10) points for every whole
 * euro spent; gold members earn double. Cents never earn points.
 */

export const POINTS_PER_EURO = 10;
export const GOLD_THRESHOLD = 5000;
export const FREE_DRINK_POINTS = 500;

/**
 * Points earned for one purchase.
 * @param {number} amountEur amount paid, in euros
 * @param {{ gold?: boolean }} [member]
 * @returns {number}
 */
export function pointsFor(amountEur, member = {}) {
  if (amountEur < 0) {
    throw new RangeError("amount must not be negative");
  }
  const base = Math.floor(amountEur) * POINTS_PER_EURO;
  return member.gold ? base * 2 : base;
}

/**
 * Whether a member with the given 12-month point total is gold.
 * @param {number} pointsLast12Months
 */
export function isGold(pointsLast12Months) {
  return pointsLast12Months >= GOLD_THRESHOLD;
}

/**
 * Free drinks a balance can buy, and the points left over.
 * @param {number} balance
 * @returns {{ drinks: number, rest: number }}
 */
export function redeemable(balance) {
  return { drinks: Math.floor(balance / FREE_DRINK_POINTS), rest: balance % FREE_DRINK_POINTS };
}
