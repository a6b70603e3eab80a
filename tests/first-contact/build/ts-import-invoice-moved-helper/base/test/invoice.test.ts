import { describe, expect, it } from "vitest";
import { summary, totals } from "../src/invoice.js";

const lines = [
  { description: "Consulting", unitCents: 9500, quantity: 3 },
  { description: "Travel", unitCents: 1250, quantity: 1 },
];

describe("invoice totals", () => {
  it("adds VAT on the net total", () => {
    expect(totals(lines)).toEqual({ net: 29750, vat: 6248, gross: 35998 });
  });

  it("prints a summary", () => {
    expect(summary(lines)).toBe("Net 297.50\nVAT 62.48\nTotal 359.98");
  });
});
