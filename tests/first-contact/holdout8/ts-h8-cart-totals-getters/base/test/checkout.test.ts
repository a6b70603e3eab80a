import { describe, expect, it } from "vitest";
import { Cart } from "../src/cart";
import { shippingCents, summarize } from "../src/checkout";

describe("checkout", () => {
  it("summarizes the cart", () => {
    const cart = new Cart().add({ sku: "A", name: "A", unitCents: 2000 }, 3).applyDiscount({ kind: "fixed", cents: 500 });
    expect(summarize(cart)).toEqual({ items: 3, subtotal: "$60.00", discount: "$5.00", total: "$55.00" });
    expect(shippingCents(cart)).toBe(0);
  });

  it("charges shipping under $50", () => {
    const cart = new Cart().add({ sku: "B", name: "B", unitCents: 4999 });
    expect(shippingCents(cart)).toBe(599);
    expect(shippingCents(new Cart())).toBe(0);
  });
});
