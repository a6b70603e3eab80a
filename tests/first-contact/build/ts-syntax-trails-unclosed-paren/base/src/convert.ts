/** Length conversions for the hiking-trail planner. */

const FEET_PER_METER = 3.28084;
const METERS_PER_MILE = 1609.344;

/** Rounds to two decimals. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function metersToMiles(meters: number): number {
  return round2(meters / METERS_PER_MILE);
}

/** Total ascent in metres over a list of elevation samples (descents ignored). */
export function ascent(elevations: number[]): number {
  let total = 0;
  for (let i = 1; i < elevations.length; i++) {
    total += Math.max(0, elevations[i] - elevations[i - 1]);
  }
  return round2(total);
}
