export type Zone = "domestic" | "eu" | "world";

export interface Band {
  /** Inclusive upper weight limit of this band, in kilograms. */
  upToKg: number;
  /** Price of a standard parcel in this band, in cents. */
  cents: number;
}

/** Carrier price list, one ascending list of bands per zone. */
export const RATES: Record<Zone, Band[]> = {
  domestic: [
    { upToKg: 1, cents: 490 },
    { upToKg: 5, cents: 690 },
    { upToKg: 20, cents: 1290 },
  ],
  eu: [
    { upToKg: 1, cents: 990 },
    { upToKg: 5, cents: 1590 },
    { upToKg: 20, cents: 2990 },
  ],
  world: [
    { upToKg: 1, cents: 1790 },
    { upToKg: 5, cents: 3290 },
    { upToKg: 20, cents: 5990 },
  ],
};

/** Express delivery multiplies the standard price. */
export const EXPRESS_FACTOR = 1.5;
