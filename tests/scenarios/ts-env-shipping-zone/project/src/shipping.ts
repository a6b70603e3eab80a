/** Shipping quotes by parcel weight for the zone this service is deployed in. */

const RATES: Record<string, { baseCents: number; perKgCents: number; freeFromCents: number }> = {
  eu: { baseCents: 499, perKgCents: 120, freeFromCents: 5000 },
  uk: { baseCents: 599, perKgCents: 150, freeFromCents: 6000 },
  us: { baseCents: 699, perKgCents: 90, freeFromCents: 7500 },
};

/** The configured zone; required because a wrong default would misprice every order. */
export function currentZone(): string {
  const zone = process.env.SHIPPING_ZONE;
  if (!zone) throw new Error('SHIPPING_ZONE is not set');
  const known = RATES[zone];
  if (!known) throw new Error(`unknown SHIPPING_ZONE ${zone}`);
  return zone;
}

/** Cents to ship a parcel of `grams`, free above the zone's order threshold. Weight rounds up to whole kg. */
export function quote(grams: number, orderCents: number): number {
  const rate = RATES[currentZone()];
  if (orderCents >= rate.freeFromCents) return 0;
  return rate.baseCents + Math.ceil(grams / 1000) * rate.perKgCents;
}
