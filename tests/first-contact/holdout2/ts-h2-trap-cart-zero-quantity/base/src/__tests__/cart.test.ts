import { beforeEach, describe, expect, it } from "vitest";
import { Cart } from "../cart";

describe("Cart", () => {
  let cart: Cart;

  beforeEach(() => {
    cart = new Cart();
  });

  it("merges repeated items", () => {
    cart.addItem("MILK-1L", 119, 2);
    cart.addItem("MILK-1L", 119);
    expect(cart.itemCount).toBe(3);
    expect(cart.totalCents).toBe(357);
  });

  it("refuses a zero quantity", () => {
    expect(() => cart.addItem("BREAD", 250, 0)).toThrow("quantity must be a positive integer");
    expect(cart.itemCount).toBe(0);
  });

  it("refuses a fractional quantity", () => {
    expect(() => cart.addItem("APPLES", 45, 1.5)).toThrow(RangeError);
  });

  it("caps a line at 99", () => {
    cart.addItem("EGG", 30, 90);
    expect(() => cart.addItem("EGG", 30, 10)).toThrow("at most 99 per line");
  });

  it("sets a quantity in place", () => {
    cart.addItem("TEA", 399);
    cart.setQuantity("TEA", 4);
    expect(cart.totalCents).toBe(1596);
    expect(() => cart.setQuantity("TEA", 0)).toThrow(RangeError);
  });
});
