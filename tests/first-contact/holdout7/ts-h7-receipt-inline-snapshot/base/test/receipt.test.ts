import { describe, expect, it } from "vitest";
import { renderReceipt, type Order } from "../src/receipt";

const order: Order = {
  id: "A-1042",
  placedAt: new Date(Date.UTC(2026, 2, 4, 14, 5)),
  vatRate: 0.19,
  items: [
    { name: "Flat white", qty: 2, unitCents: 390 },
    { name: "Almond croissant", qty: 1, unitCents: 320 },
    { name: "Sparkling water", qty: 3, unitCents: 250 },
  ],
};

describe("renderReceipt", () => {
  it("prints items, total and contained VAT", () => {
    expect(renderReceipt(order)).toMatchInlineSnapshot(`
      "Order A-1042    2026-03-04 14:05
      --------------------------------
      2 x Flat white              7.80
      Almond croissant            3.20
      3 x Sparkling water         7.50
      --------------------------------
      TOTAL EUR                  18.50
      incl. VAT 19%               2.95"
    `);
  });

  it("keeps every line at 32 columns", () => {
    for (const line of renderReceipt(order).split("\n")) {
      expect(line).toHaveLength(32);
    }
  });

  it("handles an empty order", () => {
    const empty = { ...order, id: "A-1043", items: [] };
    expect(renderReceipt(empty)).toMatchInlineSnapshot(`
      "Order A-1043    2026-03-04 14:05
      --------------------------------
      --------------------------------
      TOTAL EUR                   0.00
      incl. VAT 19%               0.00"
    `);
  });
});
