import { describe, expect, it } from "vitest";
import { Cart } from "../src/cart";

describe("cart", () => {
  it("merges lines of the same product", () => {
    const cart = new Cart();
    cart.add("tea", 450);
    cart.add("tea", 450, 2);
    expect(cart.subtotal()).toBe(1350);
  });

  it("applies a coupon to the subtotal", () => {
    const cart = new Cart();
    cart.add("mug", 1200);
    expect(applyCoupon(cart.subtotal(), 25)).toBe(900);
  });

  it("rejects coupons over 100%", () => {
    expect(() => applyCoupon(100, 120)).toThrow(RangeError);
  });
});
