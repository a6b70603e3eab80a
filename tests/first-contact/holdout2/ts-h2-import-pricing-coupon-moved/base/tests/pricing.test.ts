import { describe, expect, it } from "vitest";
import { applyCoupon, basketTotal, lineTotal, type Coupon } from "../src/pricing";

describe("lineTotal", () => {
  it("multiplies unit price by quantity", () => {
    expect(lineTotal({ sku: "A1", unitCents: 250, quantity: 3 })).toBe(750);
  });

  it("applies the line discount", () => {
    expect(lineTotal({ sku: "A1", unitCents: 999, quantity: 1, discountPct: 10 })).toBe(899);
  });
});

describe("applyCoupon", () => {
  const tenOff: Coupon = { code: "TEN", kind: "fixed", value: 1000 };
  const fifteenPct: Coupon = { code: "SPRING15", kind: "percent", value: 15, minBasketCents: 2000 };

  it("takes a fixed amount off", () => {
    expect(applyCoupon(4500, tenOff)).toBe(3500);
  });

  it("never goes below zero", () => {
    expect(applyCoupon(600, tenOff)).toBe(0);
  });

  it("ignores a percent coupon under the minimum basket", () => {
    const total = basketTotal([{ sku: "B2", unitCents: 1500, quantity: 1 }]);
    expect(applyCoupon(total, fifteenPct)).toBe(1500);
  });

  it("applies a percent coupon over the minimum basket", () => {
    expect(applyCoupon(4000, fifteenPct)).toBe(3400);
  });
});
