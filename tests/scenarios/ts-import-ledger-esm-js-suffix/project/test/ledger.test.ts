import { expect, test } from "vitest";
import { Ledger } from "../src/ledger.js";

test("a transfer moves money between accounts", () => {
  const l = new Ledger();
  l.transfer("cash", "rent", 85000);
  expect(l.balance("rent")).toBe(85000);
  expect(l.balance("cash")).toBe(-85000);
});

test("balances print as currency", () => {
  const l = new Ledger();
  l.transfer("cash", "food", 1234);
  expect(formatCents(l.balance("cash"))).toBe("-12.34 EUR");
});
