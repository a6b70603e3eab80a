import { describe, expect, it } from "vitest";
import { isBulkOrder, quote, type Line } from "./quote";

const line = (priceCents: number, qty: number, item = "wrap"): Line => ({ item, priceCents, qty });

describe("isBulkOrder", () => {
  it("starts at 50.00", () => {
    expect(isBulkOrder(4999)).toBe(false);
    expect(isBulkOrder(5000)).toBe(true);
    expect(isBulkOrder(12000)).toBe(true);
  });
});

describe("quote", () => {
  it("charges delivery on a small order", () => {
    expect(quote([line(650, 2)])).toEqual({
      subtotalCents: 1300,
      discountCents: 0,
      shippingCents: 490,
      totalCents: 1300 + 490,
    });
  });

  it("gives 5% off a bulk order", () => {
    expect(quote([line(2000, 3)])).toEqual({
      subtotalCents: 6000,
      discountCents: 300,
      shippingCents: 490,
      totalCents: 6000 - 300 + 490,
    });
  });

  it("an order of exactly 50.00 is already a bulk order", () => {
    expect(quote([line(1250, 4)])).toEqual({
      subtotalCents: 5000,
      discountCents: 5000 * 0.05,
      shippingCents: 490,
      totalCents: 5000 - 250 + 490,
    });
  });

  it("one cent below 50.00 is not", () => {
    expect(quote([line(4999, 1)]).discountCents).toBe(0);
  });

  it("costs nothing when empty", () => {
    expect(quote([]).totalCents).toBe(0);
  });
});
