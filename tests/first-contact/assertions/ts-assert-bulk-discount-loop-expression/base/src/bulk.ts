/**
 * Volume discounts for printer paper.
 *   qty  5+  ->  5% off
 *   qty 10+  -> 10% off
 *   qty 50+  -> 15% off
 */
export const UNIT_PRICE = 12;
export const TIERS: ReadonlyArray<[minQty: number, discount: number]> = [
  [50, 0.15],
  [10, 0.1],
  [5, 0.05],
];

export function discountFor(qty: number): number {
  return TIERS.find(([min]) => qty >= min)?.[1] ?? 0;
}

export function orderPrice(qty: number): number {
  if (!Number.isInteger(qty) || qty < 1) throw new RangeError('qty must be a positive integer');
  return UNIT_PRICE * qty * (1 - discountFor(qty));
}
