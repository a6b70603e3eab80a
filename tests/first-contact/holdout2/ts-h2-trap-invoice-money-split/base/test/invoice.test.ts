import { describe, expect, it } from "vitest";
import { renderInvoice, totals, type Invoice } from "../src/invoice.js";
import { formatMoney, roundHalfEven } from "../src/money.js";

const invoice: Invoice = {
  number: "2026-0042",
  vatRatePct: 19,
  lines: [
    { description: "Consulting", netCents: 120000 },
    { description: "Travel", netCents: 8950 },
  ],
};

describe("money", () => {
  it("rounds half to even", () => {
    expect(roundHalfEven(2.5)).toBe(2);
    expect(roundHalfEven(3.5)).toBe(4);
  });

  it("formats with a thousands separator", () => {
    expect(formatMoney(128950)).toBe("1.289,50 EUR");
    expect(formatMoney(-5)).toBe("-0,05 EUR");
  });
});

describe("invoice", () => {
  it("adds VAT to the net total", () => {
    expect(totals(invoice)).toEqual({ net: 128950, vat: 24500, gross: 153450 });
  });

  it("renders the e-mail body", () => {
    expect(renderInvoice(invoice)).toBe(
      [
        "Invoice 2026-0042",
        "Consulting: 1.200,00 EUR",
        "Travel: 89,50 EUR",
        "Net: 1.289,50 EUR",
        "VAT 19%: 245,00 EUR",
        "Total: 1.534,50 EUR",
      ].join("\n"),
    );
  });
});
