import { describe, expect, it } from "vitest";
import { discounted, discountRate } from "./discount";

describe("discountRate", () => {
  it.each([
    [0, 0],
    [99.99, 0],
    [100, 0.05],
    [180, 0.05],
    [250, 0.1],
    [999, 0.1],
    [1000, 0.15],
    [5000, 0.15],
  ])("subtotal %d gets rate %d", (subtotal, rate) => {
    expect(discountRate(subtotal)).toBe(rate);
  });
});

describe("discounted", () => {
  it("applies the tier to the subtotal", () => {
    expect(discounted(400)).toBe(360);
    expect(discounted(1000)).toBe(850);
  });
});
