import { describe, expect, it } from "vitest";
import { buildInvoice, lineTax, vatSummary, type InvoiceLine } from "../src/invoice";
import { gross, percent, taxOn } from "./helpers/vat";

const book: InvoiceLine = { description: "Field guide", netCents: 1500, qty: 2, rate: "reduced" };
const lamp: InvoiceLine = { description: "Desk lamp", netCents: 4999, qty: 1, rate: "standard" };
const voucher: InvoiceLine = { description: "Gift voucher", netCents: 1000, qty: 1, rate: "zero" };

describe("lineTax", () => {
  it.each([book, lamp, voucher])("$description", (line) => {
    expect(lineTax(line)).toBe(taxOn(line.netCents * line.qty, line.rate));
  });

  it("rounds per line", () => {
    const pen: InvoiceLine = { description: "Pen", netCents: 333, qty: 3, rate: "standard" };
    expect(lineTax(pen)).toBe(200); // 999 * 0.2 = 199.8
  });
});

describe("buildInvoice", () => {
  const inv = buildInvoice([book, lamp, voucher]);

  it("adds net, tax and total", () => {
    expect(inv.netCents).toBe(2 * 1500 + 4999 + 1000);
    expect(inv.taxCents).toBe(300 + 1000);
    expect(inv.totalCents).toBe(8999 + 1300);
  });

  it("splits tax by rate", () => {
    expect(inv.taxByRate).toEqual({ standard: 1000, reduced: 300, zero: 0 });
  });

  it("single-line invoices total the gross amount", () => {
    expect(buildInvoice([lamp]).totalCents).toBe(gross(4999, "standard"));
  });

  it("prints one VAT row per rate used", () => {
    expect(vatSummary(inv)).toEqual([`VAT ${percent("standard")} 10.00`, "VAT 10% 3.00", "VAT 0% 0.00"]);
    expect(vatSummary(buildInvoice([book]))).toEqual(["VAT 10% 3.00"]);
  });
});
