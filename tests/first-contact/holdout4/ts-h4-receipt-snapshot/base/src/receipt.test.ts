import { describe, expect, it } from "vitest";
import { renderReceipt } from "./receipt";

const basket = [
  { name: "Flat white", qty: 2, unit: 320 },
  { name: "Almond croissant", qty: 1, unit: 285 },
  { name: "Sourdough loaf (large, seeded)", qty: 1, unit: 550 },
];

describe("renderReceipt", () => {
  it("prints one row per line and the total", () => {
    expect(renderReceipt(basket, { shop: "Crumb & Co", vatRate: 0.2 })).toMatchInlineSnapshot(`
      "               CRUMB & CO
      ----------------------------------------
      2 x Flat white                      6.40
      Almond croissant                    2.85
      Sourdough loaf (large, seeded)      5.50
      ----------------------------------------
      TOTAL                              14.75"
    `);
  });

  it("truncates long names to fit the width", () => {
    const text = renderReceipt([{ name: "Extremely long product name", qty: 1, unit: 100 }], {
      shop: "x",
      vatRate: 0,
      width: 20,
    });
    expect(text.split("\n")[2]).toBe("Extremely long… 1.00");
  });
});
