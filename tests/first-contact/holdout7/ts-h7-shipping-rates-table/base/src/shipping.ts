import { EXPRESS_FACTOR, RATES, type Zone } from "./rates";

export interface QuoteOptions {
  express?: boolean;
}

/**
 * Price of shipping one parcel of `weightKg` to `zone`, in cents.
 * Picks the first band whose upper limit is >= the weight.
 * @throws RangeError for non-positive weights or parcels over the heaviest band.
 */
export function shippingCost(weightKg: number, zone: Zone, opts: QuoteOptions = {}): number {
  if (!(weightKg > 0)) throw new RangeError(`weight must be positive, got ${weightKg}`);
  const band = RATES[zone].find((b) => weightKg <= b.upToKg);
  if (!band) {
    const max = RATES[zone][RATES[zone].length - 1].upToKg;
    throw new RangeError(`parcel of ${weightKg} kg exceeds the ${max} kg limit`);
  }
  return opts.express ? Math.round(band.cents * EXPRESS_FACTOR) : band.cents;
}

/** Sum of shipping for several parcels to the same zone. */
export function shipmentCost(weightsKg: number[], zone: Zone, opts: QuoteOptions = {}): number {
  return weightsKg.reduce((sum, w) => sum + shippingCost(w, zone, opts), 0);
}
