import { beforeEach, describe, expect, it } from "vitest";
import { Cart } from "../src/cart";

const MUG = { sku: "MUG-1", name: "Mug", unitCents: 1250 };
const TEE = { sku: "TEE-M", name: "T-shirt", unitCents: 1900 };

describe("Cart", () => {
  let cart: Cart;
  beforeEach(() => {
    cart = new Cart().add(MUG, 2).add(TEE);
  });

  it("adds up lines", () => {
    expect(cart.itemCount()).toBe(3);
    expect(cart.subtotal()).toBe(2 * 1250 + 1900);
    expect(cart.total()).toBe(4400);
  });

  it("merges repeated skus", () => {
    cart.add(MUG);
    expect(cart.items()).toHaveLength(2);
    expect(cart.itemCount()).toBe(4);
  });

  it("applies a percent discount, rounded to the cent", () => {
    cart.applyDiscount({ kind: "percent", value: 15 });
    expect(cart.discountCents()).toBe(660);
    expect(cart.total()).toBe(4400 - 660);
  });

  it("never discounts below zero", () => {
    cart.applyDiscount({ kind: "fixed", cents: 10_000 });
    expect(cart.total()).toBe(0);
  });

  it("removes lines", () => {
    cart.remove("MUG-1");
    expect(cart.subtotal()).toBe(1900);
  });

  it("rejects non-positive quantities", () => {
    expect(() => cart.add(TEE, 0)).toThrow("qty must be a positive integer, got 0");
  });
});
