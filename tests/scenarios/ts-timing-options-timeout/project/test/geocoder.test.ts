import { it, expect } from "vitest";
import { Geocoder } from "../src/geocoder";

it("geocodes a batch in order", { timeout: 100 }, async () => {
  const points = await new Geocoder().batch(["10 Downing St", "Champ de Mars", "Nowhere 1"]);
  expect(points).toEqual([{ lat: 51.5034, lon: -0.1276 }, { lat: 48.8584, lon: 2.2945 }, null]);
});

it("returns nothing for no addresses", async () => {
  expect(await new Geocoder(0).batch([])).toEqual([]);
});
