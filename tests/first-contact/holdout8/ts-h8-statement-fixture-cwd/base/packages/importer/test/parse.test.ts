import { describe, expect, it } from "vitest";
import { parseAmount, parseDate, parseStatement } from "../src/statement";

describe("parseAmount", () => {
  it.each([
    ["12,00", 1200],
    ["-3,5", -350],
    ["1.234,56", 123456],
    [" 0,99 ", 99],
  ])("%s", (text, cents) => {
    expect(parseAmount(text)).toBe(cents);
  });

  it("rejects junk", () => {
    expect(() => parseAmount("12,3,4")).toThrow('bad amount "12,3,4"');
  });
});

describe("parseStatement", () => {
  it("reads rows after the header", () => {
    const csv = "Date;Payee;Amount;Category\n31.01.2026;Bakery;-4,20;food\n01.02.2026;ACME payroll;2.500,00;\n";
    expect(parseStatement(csv)).toEqual([
      { date: "2026-01-31", payee: "Bakery", amountCents: -420, category: "food" },
      { date: "2026-02-01", payee: "ACME payroll", amountCents: 250000, category: null },
    ]);
  });

  it("needs the header", () => {
    expect(() => parseStatement("31.01.2026;Bakery;-4,20")).toThrow("missing header");
  });

  it("rejects bad dates", () => {
    expect(() => parseDate("2026-01-31")).toThrow('bad date "2026-01-31"');
  });
});
