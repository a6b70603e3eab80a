/** Coupon validation for the checkout. All amounts are integer cents. */

export class CouponError extends Error {
  /**
   * @param {string} message human readable, shown to the customer
   * @param {"FORMAT"|"UNKNOWN"|"EXPIRED"|"MINIMUM"} code stable, for the frontend
   */
  constructor(message, code) {
    super(message);
    this.name = "CouponError";
    this.code = code;
  }
}

/** @type {Record<string, {percent: number, expires: string, minCents: number}>} */
const COUPONS = {
  WELCOME10: { percent: 10, expires: "2027-12-31", minCents: 0 },
  SPRING25: { percent: 25, expires: "2026-05-31", minCents: 5000 },
  VIP50: { percent: 50, expires: "2027-06-30", minCents: 20000 },
};

/** @param {number} cents */
export function euros(cents) {
  return `€${(cents / 100).toFixed(2)}`;
}

/**
 * Check a coupon code against the catalogue.
 * Codes are case-insensitive and surrounding spaces are ignored.
 * A coupon is valid through the whole (UTC) day of its expiry date.
 *
 * @param {string} code
 * @param {{now?: Date, subtotalCents?: number}} [opts]
 * @returns {{code: string, percent: number}}
 * @throws {CouponError}
 */
export function validateCoupon(code, { now = new Date(), subtotalCents = 0 } = {}) {
  const key = String(code).trim().toUpperCase();
  if (!/^[A-Z0-9]{4,16}$/.test(key)) {
    throw new CouponError("invalid coupon format", "FORMAT");
  }
  const coupon = COUPONS[key];
  if (!coupon) {
    throw new CouponError("unknown coupon", "UNKNOWN");
  }
  if (now.getTime() > Date.parse(`${coupon.expires}T23:59:59.999Z`)) {
    throw new CouponError("coupon expired", "EXPIRED");
  }
  if (subtotalCents < coupon.minCents) {
    throw new CouponError("order total too low for coupon", "MINIMUM");
  }
  return { code: key, percent: coupon.percent };
}

/**
 * Subtotal after applying `code`; the discount is rounded down to the cent.
 * @param {number} subtotalCents
 * @param {string} code
 * @param {{now?: Date}} [opts]
 */
export function applyCoupon(subtotalCents, code, { now = new Date() } = {}) {
  const { percent } = validateCoupon(code, { now, subtotalCents });
  return subtotalCents - Math.floor((subtotalCents * percent) / 100);
}
