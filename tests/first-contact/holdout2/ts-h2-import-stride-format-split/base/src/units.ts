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

/** "10.00 km" / "6.21 mi", always two decimals. */
export function formatDistance(metres: number, unit: DistanceUnit): string {
  return `${fromMetres(metres, unit).toFixed(2)} ${unit}`;
}

/**
 * Pace as minutes:seconds per unit, e.g. "5:07 /km". Seconds are rounded and
 * a rounded 60 rolls over into the next minute.
 */
export function formatPace(metres: number, seconds: number, unit: DistanceUnit): string {
  if (metres <= 0) {
    throw new RangeError("distance must be positive");
  }
  const perUnit = seconds / fromMetres(metres, unit);
  let mins = Math.floor(perUnit / 60);
  let secs = Math.round(perUnit - mins * 60);
  if (secs === 60) {
    mins += 1;
    secs = 0;
  }
  return `${mins}:${String(secs).padStart(2, "0")} /${unit}`;
}
