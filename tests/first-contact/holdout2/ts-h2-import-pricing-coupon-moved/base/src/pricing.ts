/** A line on a till receipt. Prices are integer cents. */
export interface Line {
  sku: string;
  unitCents: number;
  quantity: number;
  /** Per-line discount in percent (0-100). */
  discountPct?: number;
}

/** A basket-level coupon: either a fixed amount or a percentage off. */
export interface Coupon {
  code: string;
  kind: "fixed" | "percent";
  value: number;
  /** Minimum basket value in cents before the coupon applies. */
  minBasketCents?: number;
}

/** Total of one line in cents, after its own discount, rounded half up. */
export function lineTotal(line: Line): number {
  const gross = line.unitCents * line.quantity;
  const pct = line.discountPct ?? 0;
  if (pct < 0 || pct > 100) {
    throw new RangeError(`discount out of range: ${pct}`);
  }
  return Math.round(gross * (1 - pct / 100));
}

/** Sum of all line totals in cents. */
export function basketTotal(lines: Line[]): number {
  return lines.reduce((sum, line) => sum + lineTotal(line), 0);
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
