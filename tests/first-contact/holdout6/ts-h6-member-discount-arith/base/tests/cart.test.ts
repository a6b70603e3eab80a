import { describe, expect, it } from "vitest";
import { cartTotal, memberPrice, memberSaving, subtotal, type CartLine } from "../src/cart";

const novel: CartLine = { sku: "BK-1041", unitCents: 1500, qty: 2 };
const giftCard: CartLine = { sku: "GC-25", unitCents: 2500, qty: 1, discountable: false };

describe("memberPrice", () => {
  it("takes the member discount off", () => {
    expect(memberPrice(2000)).toBe(2000 * 0.9);
    expect(memberPrice(4000)).toBe(4000 - 400);
  });

  it("rounds to the nearest cent", () => {
    expect(memberPrice(1999)).toBe(Math.round(1999 * 0.9));
  });

  it("keeps free items free", () => {
    expect(memberPrice(0)).toBe(0);
  });
});

describe("cartTotal", () => {
  it("charges the subtotal to guests", () => {
    expect(cartTotal([novel, giftCard])).toBe(subtotal([novel, giftCard]));
    expect(cartTotal([novel, giftCard])).toBe(5500);
  });

  it("discounts only discountable lines for members", () => {
    expect(cartTotal([novel, giftCard], { member: true })).toBe(3000 * 0.9 + 2500);
  });

  it("applies the voucher after the member discount", () => {
    expect(cartTotal([novel], { member: true, voucherCents: 500 })).toBe(3000 * 0.9 - 500);
  });

  it("never goes below zero", () => {
    expect(cartTotal([novel], { voucherCents: 10_000 })).toBe(0);
  });
});

describe("memberSaving", () => {
  it("is the discount on the discountable part", () => {
    expect(memberSaving([novel, giftCard])).toBe(3000 - 2700);
  });

  it("is zero for gift cards alone", () => {
    expect(memberSaving([giftCard])).toBe(0);
  });
});

describe("validation", () => {
  it("rejects fractional quantities", () => {
    expect(() => subtotal([{ sku: "BK-7", unitCents: 900, qty: 1.5 }])).toThrow("BK-7: qty must be a positive integer");
  });
});
