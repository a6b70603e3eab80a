import { expect, it } from "vitest";
import { nearbyStores } from "../src/nearby";

it("lists stores inside the radius, nearest first", () => {
  const here = { lat: 52.52, lng: 13.405 };
  const stores = [
    { id: "p", name: "Potsdam", lat: 52.3906, lng: 13.0645 },
    { id: "m", name: "Mitte", lat: 52.5219, lng: 13.4132 },
    { id: "h", name: "Hamburg", lat: 53.5511, lng: 9.9937 },
  ];
  expect(nearbyStores(here, stores, 50).map((s) => s.id)).toEqual(["m", "p"]);
});
