import { describe, expect, it } from "vitest";
import { shipmentCost, shippingCost } from "../src/shipping";

describe("shippingCost", () => {
  it.each([
    [0.3, "domestic", 490],
    [1, "domestic", 490],
    [1.01, "domestic", 690],
    [5, "domestic", 690],
    [12, "domestic", 1290],
    [0.5, "eu", 990],
    [4, "eu", 1590],
    [20, "eu", 2990],
    [2, "world", 3290],
  ] as const)("%s kg to %s costs %i cents", (kg, zone, cents) => {
    expect(shippingCost(kg, zone)).toBe(cents);
  });

  it("charges express at 1.5x, rounded to the cent", () => {
    expect(shippingCost(1, "domestic", { express: true })).toBe(735);
    expect(shippingCost(3, "world", { express: true })).toBe(4935);
  });

  it("rejects parcels over 20 kg and non-positive weights", () => {
    expect(() => shippingCost(20.5, "eu")).toThrow("exceeds the 20 kg limit");
    expect(() => shippingCost(0, "domestic")).toThrow(RangeError);
  });
});

describe("shipmentCost", () => {
  it("adds up parcels", () => {
    expect(shipmentCost([0.5, 2, 8], "domestic")).toBe(490 + 690 + 1290);
  });
});
