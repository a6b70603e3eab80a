/** Unit conversions for a running app. */
const KM_PER_MILE = 1.609344;

export function milesToKm(miles: number): number {
  return miles * KM_PER_MILE;
}

/** Pace in minutes per km from total minutes and distance. */
export function pace(minutes: number, km: number): number {
  if (km <= 0) throw new RangeError('distance must be positive');
  return minutes / km;
}

/** Total distance of several laps. */
export function lapsDistance(lapKm: number, laps: number): number {
  return lapKm * laps;
}
