import { describe, it, expect } from "vitest";
import { InvoiceBuilder, TaxService } from "../src/invoice";

describe("InvoiceBuilder", () => {
  const builder = new InvoiceBuilder(new TaxService({ de: 0.19, uk: 0.2 }));

  it("adds German VAT", () => {
    const invoice = builder.build("de", [{ description: "desk", cents: 10000 }, { description: "lamp", cents: 2500 }]);
    expect(invoice.gross).toBe(14875);
  });

  it("rejects unknown regions", async () => {
    await expect(builder.build("xx", [])).rejects.toThrow("no tax rate for xx");
  });
});
