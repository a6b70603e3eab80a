/** Price rules for the checkout: percentage discounts, coupons and a floor price. */
export interface Coupon {
  code: string;
  percent: number;
  minimumSpend?: number;
}

/** Applies a percentage discount to a price in cents, rounding to the nearest cent. */
export function applyDiscount(cents: number, percent: number): number {
  if (percent < 0 || percent > 100) {
    throw new RangeError(`discount must be 0-100, got ${percent}`);
  }
  return Math.round(cents * (1 - percent / 100));
}

/** The best coupon for a basket: the largest saving among those whose minimum spend is met. */
export function bestCoupon(cents: number, coupons: Coupon[]): Coupon | undefined {
  let best: Coupon | undefined;
  for (const coupon of coupons) {
    if ((coupon.minimumSpend ?? 0) > cents) continue;
    if (!best || coupon.percent > best.percent) best = coupon;
  }
  return best;
}

/** Never sells below the floor price. */
export function withFloor(cents: number, floorCents: number): number {
  return Math.max(cents, floorCents);
}
