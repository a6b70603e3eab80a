import { describe, expect, it } from "vitest";
import { buildInvoice, renderInvoice } from "../src/invoice";

describe("buildInvoice", () => {
  it("adds tax on the subtotal", () => {
    const inv = buildInvoice([{ label: "Hosting", unitCents: 1999, qty: 3 }], { taxRate: 0.2 });
    expect(inv.subtotalCents).toBe(5997);
    expect(inv.taxCents).toBe(1199);
    expect(inv.totalCents).toBe(7196);
  });

  it("renders one row per line plus tax and total", () => {
    const inv = buildInvoice([{ label: "Domain", unitCents: 1200, qty: 1 }], { taxRate: 0.1 });
    expect(renderInvoice(inv).split("\n")).toEqual(["Domain x1  €12.00", "Tax  €1.20", "Total  €13.20"]);
  });
});
