/** Freight charges per destination zone. Weight is rounded up to whole kilograms. */
export type Zone = 'domestic' | 'EU' | 'world';

export const BASE: Record<Zone, number> = { domestic: 2.5, EU: 4.2, world: 9.0 };
export const PER_KG: Record<Zone, number> = { domestic: 0.6, EU: 1.8, world: 3.5 };

/** Price in euros for a parcel of `weightKg` sent to `zone`. */
export function freight(zone: Zone, weightKg: number): number {
  if (!(weightKg > 0)) {
    throw new RangeError('weight must be positive');
  }
  const kg = Math.ceil(weightKg);
  return Math.round((BASE[zone] + kg * PER_KG[zone]) * 100) / 100;
}
