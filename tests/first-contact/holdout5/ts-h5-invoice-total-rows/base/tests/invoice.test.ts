import { describe, expect, it } from "vitest";
import { invoiceTotals, lineVat, VAT_RATES, type Line } from "../src/invoice";

const line = (unitCents: number, qty: number, taxClass: Line["taxClass"]): Line => ({
  description: `item ${unitCents}`,
  unitCents,
  qty,
  taxClass,
});

describe("VAT_RATES", () => {
  it("has one rate per tax class", () => {
    expect(VAT_RATES).toEqual({ standard: 0.2, reduced: 0.1, exempt: 0 });
  });
});

describe("lineVat", () => {
  it.each([
    [1000, 1, "standard", 200],
    [1999, 3, "standard", 1199],
    [450, 2, "reduced", 90],
    [12500, 1, "exempt", 0],
    [333, 1, "standard", 67],
    [250, 4, "reduced", 100],
  ] as const)("%i x %i (%s) -> %i cents VAT", (unit, qty, cls, vat) => {
    expect(lineVat(line(unit, qty, cls))).toBe(vat);
  });

  it("rejects a zero quantity", () => {
    expect(() => lineVat(line(100, 0, "standard"))).toThrow(/positive integer/);
  });
});

describe("invoiceTotals", () => {
  it("adds net and VAT over mixed lines", () => {
    const lines = [line(1000, 1, "standard"), line(450, 2, "reduced"), line(12500, 1, "exempt")];
    expect(invoiceTotals(lines)).toEqual({ netCents: 14400, vatCents: 290, grossCents: 14690 });
  });

  it("is zero for an empty invoice", () => {
    expect(invoiceTotals([])).toEqual({ netCents: 0, vatCents: 0, grossCents: 0 });
  });
});
