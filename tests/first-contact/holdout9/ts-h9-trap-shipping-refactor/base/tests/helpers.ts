import type { Parcel, Zone } from '../src/shipping';

/** Build a parcel with defaults used throughout the tests. */
export function parcel(weightKg: number, zone: Zone = 'domestic', express = false): Parcel {
  return { weightKg, zone, express };
}

/** Format cents the way the checkout shows them, for readable failure output. */
export function eur(cents: number): string {
  return (cents / 100).toFixed(2);
}
