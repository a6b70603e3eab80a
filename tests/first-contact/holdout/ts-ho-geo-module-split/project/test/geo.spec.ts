// Type-checked usage spec for the geo helpers; `npm run typecheck` compiles it with the sources.
import { boundingBox, contains, haversineKm, trackLengthKm, type BBox } from "../src/geometry";

function close(actual: number, expected: number, tolerance: number, what: string): void {
  if (Math.abs(actual - expected) > tolerance) throw new Error(`${what}: ${actual} is not within ${tolerance} of ${expected}`);
}

const zurich = { lat: 47.3769, lon: 8.5417 };
const bern = { lat: 46.948, lon: 7.4474 };
const luzern = { lat: 47.0502, lon: 8.3093 };

export function specGeo(): void {
  close(haversineKm(zurich, bern), 95.5, 0.5, "Zurich to Bern");
  close(trackLengthKm([zurich, luzern, bern]), 40.3 + 66.3, 1, "via Luzern");
  close(trackLengthKm([zurich]), 0, 0, "single point");

  const box: BBox = boundingBox([zurich, bern, luzern]);
  if (!contains(box, luzern)) throw new Error("Luzern lies between Zurich and Bern");
  if (contains(box, { lat: 45.0, lon: 8.0 })) throw new Error("Milan-ish is south of the box");
}
