import { type Point, toRadians } from "./point";

/** Mean Earth radius in km (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance between two points in km. */
export function haversineKm(a: Point, b: Point): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

/** Length of a track (sum of its legs) in km; 0 for fewer than two points. */
export function trackLengthKm(track: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < track.length; i++) total += haversineKm(track[i - 1], track[i]);
  return total;
}
