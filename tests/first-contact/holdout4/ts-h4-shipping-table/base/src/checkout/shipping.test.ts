import { describe, expect, it } from "vitest";
import { FREE_SHIPPING_FROM, shippingQuote } from "./shipping";

describe("shippingQuote", () => {
  it.each([
    // subtotal, zone, speed, expected cents, free
    [0, "domestic", "standard", 499, false],
    [2_500, "domestic", "standard", 499, false],
    [4_999, "domestic", "standard", 499, false],
    [5_000, "domestic", "standard", 0, true],
    [6_000, "eu", "standard", 0, true],
    [4_000, "eu", "standard", 899, false],
    [12_000, "islands", "standard", 1499, false],
    [1_000, "domestic", "express", 1199, false],
    [5_500, "domestic", "express", 700, false],
    [9_000, "eu", "express", 700, false],
  ] as const)("%i cents to %s (%s) costs %i", (subtotal, zone, speed, cents, free) => {
    expect(shippingQuote(subtotal, zone, speed)).toEqual({ cents, free });
  });

  it("starts free shipping exactly at the threshold", () => {
    expect(shippingQuote(FREE_SHIPPING_FROM - 1, "eu").free).toBe(false);
    expect(shippingQuote(FREE_SHIPPING_FROM, "eu").free).toBe(true);
  });

  it("rejects express to the islands", () => {
    expect(() => shippingQuote(100, "islands", "express")).toThrow("quoted on request");
  });
});
