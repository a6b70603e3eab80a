/** Kitchen unit conversion for the recipe scaler. Volumes go through millilitres, weights through grams. */
export type VolumeUnit = "ml" | "l" | "tsp" | "tbsp" | "cup";
export type WeightUnit = "g" | "kg" | "oz" | "lb";
export type Unit = VolumeUnit | WeightUnit;

const ML: Record<VolumeUnit, number> = { ml: 1, l: 1000, tsp: 4.92892, tbsp: 14.7868, cup: 236.588 };
const G: Record<WeightUnit, number> = { g: 1, kg: 1000, oz: 28.3495, lb: 453.592 };

const isVolume = (u: Unit): u is VolumeUnit => u in ML;

/**
 * Converts a quantity between two units of the same kind, rounded to 1 decimal.
 * @throws TypeError when converting between a volume and a weight (that needs a density)
 */
export function convert(qty: number, from: Unit, to: Unit): number {
  if (isVolume(from) !== isVolume(to)) throw new TypeError(`cannot convert ${from} to ${to} without a density`);
  const base = isVolume(from) ? qty * ML[from] : qty * G[from as WeightUnit];
  const out = isVolume(to) ? base / ML[to] : base / G[to as WeightUnit];
  return Math.round(out * 10) / 10;
}
