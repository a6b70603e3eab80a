export interface Tier {
  /** Smallest subtotal (inclusive) that earns this tier. */
  from: number;
  /** Discount rate, 0..1. */
  rate: number;
}

/** Volume tiers, see README. Kept sorted by `from`. */
export const TIERS: readonly Tier[] = [
  { from: 100, rate: 0.05 },
  { from: 250, rate: 0.1 },
  { from: 1000, rate: 0.15 },
];

/**
 * Discount rate for an order subtotal: the rate of the highest tier whose
 * threshold the subtotal reaches (a subtotal equal to `from` qualifies).
 */
export function discountRate(subtotal: number): number {
  let rate = 0;
  for (const tier of TIERS) {
    if (subtotal >= tier.from) rate = tier.rate;
  }
  return rate;
}

/** Subtotal after the volume discount, rounded to cents. */
export function discounted(subtotal: number): number {
  return Math.round(subtotal * (1 - discountRate(subtotal)) * 100) / 100;
}
