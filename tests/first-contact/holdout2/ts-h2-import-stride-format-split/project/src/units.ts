/** Distance units and formatting for the run log. Distances are stored in metres. */

export type DistanceUnit = "km" | "mi";

const METRES_PER_MILE = 1609.344;

/** Convert metres to the given unit. */
export function fromMetres(metres: number, unit: DistanceUnit): number {
  return unit === "km" ? metres / 1000 : metres / METRES_PER_MILE;
}

/** Convert a distance in the given unit to metres. */
export function toMetres(value: number, unit: DistanceUnit): number {
  return unit === "km" ? value * 1000 : value * METRES_PER_MILE;
}
