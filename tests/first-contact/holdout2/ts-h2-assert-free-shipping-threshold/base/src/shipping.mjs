/**
 * Shipping fees for the checkout, in euros. Amounts are rounded to cents.
 */

/** Orders at or above this subtotal ship for free (unless bulky). */
export const FREE_SHIPPING_THRESHOLD_EUR = 50;

/** Standard parcel fee. */
export const STANDARD_FEE_EUR = 4.9;

/** Fee for parcels over BULKY_KG, never waived. */
export const BULKY_FEE_EUR = 19.9;
export const BULKY_KG = 20;

const round2 = (x) => Math.round(x * 100) / 100;

/**
 * Fee for one order.
 * @param {{ subtotal: number, weightKg: number }} order
 * @returns {number}
 */
export function shippingFee({ subtotal, weightKg }) {
  if (weightKg > BULKY_KG) {
    return BULKY_FEE_EUR;
  }
  return subtotal >= FREE_SHIPPING_THRESHOLD_EUR ? 0 : STANDARD_FEE_EUR;
}

/**
 * How much more the customer must add to ship for free ("add 5.00 EUR for
 * free shipping"); 0 when already free.
 * @param {number} subtotal
 * @returns {number}
 */
export function amountToFreeShipping(subtotal) {
  return round2(Math.max(0, FREE_SHIPPING_THRESHOLD_EUR - subtotal));
}
