import { describe, expect, it } from "vitest";
import { money, renderReceipt, type Sale } from "../src/receipt";
import { expectCentered, expectFits, expectLine } from "./helpers";

const sale: Sale = {
  shop: "Bean There",
  when: "2024-05-03 08:14",
  items: [
    { name: "Flat white", qty: 2, unitCents: 340 },
    { name: "Cinnamon bun", qty: 1, unitCents: 295 },
    { name: "Iced oat flat white, extra shot, caramel syrup", qty: 1, unitCents: 420 },
  ],
  cashCents: 2000,
};

describe("money", () => {
  it("formats cents with two decimals", () => {
    expect(money(1234)).toBe("12.34");
    expect(money(5)).toBe("0.05");
    expect(money(-250)).toBe("-2.50");
  });
});

describe("renderReceipt", () => {
  const receipt = renderReceipt(sale);

  it("prints the header centred", () => {
    expectCentered(receipt, "Bean There");
    expectCentered(receipt, "2024-05-03 08:14");
  });

  it("prints one line per item with the line total", () => {
    expectLine(receipt, "2 x Flat white", "6.80");
    expectLine(receipt, "Cinnamon bun", "2.95");
  });

  it("cuts names that do not fit", () => {
    expectLine(receipt, "Iced oat flat white, extra…", "4.20");
  });

  it("prints total, cash and change", () => {
    expectLine(receipt, "TOTAL", "13.95");
    expectLine(receipt, "Cash", "20.00");
    expectLine(receipt, "Change", "6.05");
  });

  it("prints the card line when paid by card", () => {
    const card = renderReceipt({ ...sale, cashCents: undefined });
    expectLine(card, "Card", "13.95");
    expect(card).not.toContain("Change");
  });

  it("fits the paper", () => {
    expectFits(receipt);
    expectCentered(receipt, "Thank you!");
  });

  it("rejects cash that does not cover the total", () => {
    expect(() => renderReceipt({ ...sale, cashCents: 1000 })).toThrow("cash does not cover the total");
  });
});
