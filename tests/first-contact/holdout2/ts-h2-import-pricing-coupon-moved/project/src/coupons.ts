/** Basket-level coupons. Amounts are integer cents. */

/** A basket-level coupon: either a fixed amount or a percentage off. */
export interface Coupon {
  code: string;
  kind: "fixed" | "percent";
  value: number;
  /** Minimum basket value in cents before the coupon applies. */
  minBasketCents?: number;
}

/**
 * Apply a coupon to a basket total. A coupon never takes the total below zero,
 * and does nothing when the basket is below its minimum value.
 */
export function applyCoupon(totalCents: number, coupon: Coupon): number {
  if (coupon.minBasketCents !== undefined && totalCents < coupon.minBasketCents) {
    return totalCents;
  }
  const off =
    coupon.kind === "fixed"
      ? coupon.value
      : Math.round((totalCents * coupon.value) / 100);
  return Math.max(0, totalCents - off);
}
