/** Human-readable distances and paces for the run log. */

import { fromMetres, type DistanceUnit } from "./units.js";

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
