import { describe, it, expect } from "vitest";
import { shippingFee, missingForFreeShipping, type Delivery } from "../src/shipping";

describe("shippingFee", () => {
  it.each<[number, number, Delivery, number]>([
    // goods cents, kg, delivery, expected fee
    [1999, 1, "standard", 495],
    [4999, 2, "standard", 495],
    [5000, 2, "standard", 0],
    [5500, 3, "standard", 0],
    [8000, 3, "standard", 0],
    [8000, 3, "express", 1290],
    [1000, 25, "standard", 1995],
    [9000, 25, "standard", 1500],
  ])("%i cents, %i kg, %s -> %i", (goodsCents, weightKg, delivery, fee) => {
    expect(shippingFee({ goodsCents, weightKg, delivery })).toBe(fee);
  });

  it("refuses negative amounts", () => {
    expect(() => shippingFee({ goodsCents: -1, weightKg: 1, delivery: "standard" })).toThrow(RangeError);
  });
});

describe("missingForFreeShipping", () => {
  it("is zero once the order ships free", () => {
    expect(missingForFreeShipping(12000)).toBe(0);
  });

  it("is never negative", () => {
    expect(missingForFreeShipping(0)).toBeGreaterThan(0);
  });
});
