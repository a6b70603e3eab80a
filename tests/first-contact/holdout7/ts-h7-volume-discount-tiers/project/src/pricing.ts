/** Discount tiers, highest threshold first. */
const TIERS: ReadonlyArray<{ minQty: number; rate: number }> = [
  { minQty: 100, rate: 0.15 },
  { minQty: 50, rate: 0.1 },
  { minQty: 10, rate: 0.05 },
];

/**
 * Discount rate for an order of `qty` units:
 * 10 or more units: 5 %, 50 or more: 10 %, 100 or more: 15 %.
 */
export function volumeDiscount(qty: number): number {
  if (!Number.isInteger(qty) || qty < 1) throw new RangeError(`qty must be a positive integer, got ${qty}`);
  const tier = TIERS.find((t) => qty > t.minQty);
  return tier ? tier.rate : 0;
}

/** Price of `qty` units after the volume discount, rounded to the nearest cent. */
export function lineTotal(unitCents: number, qty: number): number {
  return Math.round(unitCents * qty * (1 - volumeDiscount(qty)));
}

/** The tier table, for the price list page. */
export function discountTiers(): Array<{ minQty: number; rate: number }> {
  return TIERS.map((t) => ({ ...t }));
}
