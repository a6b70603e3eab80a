import { describe, expect, it } from "vitest";
import { buildTransfer, type Seller } from "./payout";

const seller: Seller = { id: "s-88", iban: "DE89 3704 0044 0532 0130 00", currency: "EUR" };

describe("buildTransfer", () => {
  it("pays out gross minus commission, in minor units", () => {
    const sales = [
      { orderId: "A1", gross: 19.99 },
      { orderId: "A2", gross: 5.0 },
      { orderId: "A3", gross: 40.0, refunded: true },
    ];
    expect(buildTransfer(seller, sales)).toStrictEqual({
      beneficiary: { sellerId: "s-88", iban: "DE89370400440532013000" },
      amount: { currency: "EUR", minor: 2299 },
      fee: { minor: 200, rate: 0.08 },
      orders: ["A1", "A2"],
    });
  });

  it("converts awkward decimals to the nearest cent", () => {
    const t = buildTransfer(seller, [{ orderId: "B1", gross: 8.2 }, { orderId: "B2", gross: 4.35 }]);
    expect(t.amount.minor + t.fee.minor).toBe(1255);
  });

  it("is an empty transfer when everything was refunded", () => {
    const t = buildTransfer(seller, [{ orderId: "C1", gross: 10, refunded: true }]);
    expect(t).toMatchObject({ amount: { minor: 0 }, fee: { minor: 0 }, orders: [] });
  });
});
