import { expect, it } from "vitest";
import { cartTotal } from "../src/cart";

it("totals lines without float drift", () => {
  expect(cartTotal([{ sku: "a", price: "0.10", qty: 3 }, { sku: "b", price: "19.99", qty: 1 }])).toBe("20.29");
});
