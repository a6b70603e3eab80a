/**
 * Discount rate for an order of `qty` units:
 * 10 or more units: 5 %, 50 or more: 10 %, 100 or more: 15 %.
 */
export function volumeDiscount(qty: number): number {
  if (!Number.isInteger(qty) || qty < 1) throw new RangeError(`qty must be a positive integer, got ${qty}`);
  if (qty >= 100) return 0.15;
  if (qty >= 50) return 0.1;
  if (qty >= 10) return 0.05;
  return 0;
}

/** Price of `qty` units after the volume discount, rounded to the nearest cent. */
export function lineTotal(unitCents: number, qty: number): number {
  return Math.round(unitCents * qty * (1 - volumeDiscount(qty)));
}
