/**
 * Shipping fee calculation for the storefront checkout.
 *
 * All money amounts are integer cents.
 */

export type Zone = 'domestic' | 'eu' | 'world';

export interface Parcel {
  weightKg: number;
  zone: Zone;
  express?: boolean;
}

/** Base fee and per-kilogram rate for each zone, in cents. */
export const RATES: Record<Zone, { base: number; perKg: number }> = {
  domestic: { base: 450, perKg: 120 },
  eu: { base: 900, perKg: 310 },
  world: { base: 1500, perKg: 720 },
};

/** Fraction added on top of the fee for express parcels. */
export const EXPRESS_SURCHARGE = 0.25;

/** Domestic, non-express orders at or above this total ship for free. */
export const FREE_SHIPPING_THRESHOLD = 5000;

/**
 * Fee in cents for one parcel.
 *
 * The billable weight is the parcel weight rounded up to the next 0.5 kg
 * (minimum 0.5 kg).
 *
 * @param parcel weight, zone and service level
 * @param orderTotalCents order total, used for the free-shipping rule
 * @throws RangeError for a weight that is not a positive number
 */
export function shippingFee(parcel: Parcel, orderTotalCents = 0): number {
  if (!(parcel.weightKg > 0) || !Number.isFinite(parcel.weightKg)) {
    throw new RangeError(`invalid parcel weight: ${parcel.weightKg}`);
  }
  if (
    parcel.zone === 'domestic' &&
    !parcel.express &&
    orderTotalCents >= FREE_SHIPPING_THRESHOLD
  ) {
    return 0;
  }
  const rate = RATES[parcel.zone];
  const billable = Math.max(0.5, Math.ceil(parcel.weightKg * 2 - 1e-9) / 2);
  const fee = rate.base + Math.round(rate.perKg * billable);
  return parcel.express ? Math.round(fee * (1 + EXPRESS_SURCHARGE)) : fee;
}

/** Total fee for several parcels of one order. */
export function orderShipping(parcels: Parcel[], orderTotalCents = 0): number {
  return parcels.reduce((sum, p) => sum + shippingFee(p, orderTotalCents), 0);
}
