/** Order-line pricing for the wholesale portal. All amounts are integer cents. */

export interface OrderLine {
  sku: string;
  unitCents: number;
  qty: number;
}

/** Volume tiers, highest first: lines of at least `minQty` units get `rate` off. */
export const VOLUME_TIERS: readonly { minQty: number; rate: number }[] = [
  { minQty: 50, rate: 0.15 },
  { minQty: 10, rate: 0.1 },
];

/** Discount rate for a quantity: 10 or more units -> 10%, 50 or more -> 15%. */
export function volumeRate(qty: number): number {
  for (const tier of VOLUME_TIERS) {
    if (qty >= tier.minQty) return tier.rate;
  }
  return 0;
}

/** Price of one line after its volume discount, rounded to the nearest cent. */
export function lineTotal(line: OrderLine): number {
  const gross = line.unitCents * line.qty;
  return gross - Math.round(gross * volumeRate(line.qty));
}

/** Sum of all lines. */
export function orderTotal(lines: readonly OrderLine[]): number {
  return lines.reduce((sum, l) => sum + lineTotal(l), 0);
}
