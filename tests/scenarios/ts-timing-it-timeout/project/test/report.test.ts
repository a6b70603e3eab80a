import { describe, it, expect } from "vitest";
import { Ledger, monthlyReport } from "../src/report";

describe("monthlyReport", () => {
  it("sums revenue and finds the best seller", async () => {
    const ledger = new Ledger([
      { sku: "pen", qty: 3, cents: 150 },
      { sku: "pad", qty: 1, cents: 400 },
      { sku: "pen", qty: 2, cents: 150 },
    ]);
    const report = await monthlyReport(ledger);
    expect(report).toEqual({ revenueCents: 1150, topSku: "pen" });
  }, 50);

  it("is empty for an empty ledger", async () => {
    expect(await monthlyReport(new Ledger([], 0))).toEqual({ revenueCents: 0, topSku: null });
  });
});
