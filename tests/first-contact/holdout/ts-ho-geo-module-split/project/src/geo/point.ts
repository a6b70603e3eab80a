/** A WGS84 position in decimal degrees. */
export interface Point {
  lat: number;
  lon: number;
}

export const toRadians = (deg: number): number => (deg * Math.PI) / 180;
