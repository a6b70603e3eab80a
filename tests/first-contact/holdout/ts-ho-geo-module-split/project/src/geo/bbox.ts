import type { Point } from "./point";

/** An axis-aligned box in degrees; does not handle tracks crossing the antimeridian. */
export interface BBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** The smallest box containing every point; throws on an empty track. */
export function boundingBox(points: readonly Point[]): BBox {
  if (points.length === 0) throw new RangeError("boundingBox of no points");
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  return { south: Math.min(...lats), west: Math.min(...lons), north: Math.max(...lats), east: Math.max(...lons) };
}

/** Whether `p` lies inside `box` (edges included). */
export function contains(box: BBox, p: Point): boolean {
  return p.lat >= box.south && p.lat <= box.north && p.lon >= box.west && p.lon <= box.east;
}
