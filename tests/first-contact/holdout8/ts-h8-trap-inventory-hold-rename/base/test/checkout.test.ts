import { describe, expect, it } from "vitest";
import { placeOrder } from "../src/checkout";
import { Inventory } from "../src/inventory";

function stocked(): Inventory {
  const inv = new Inventory();
  inv.receive("NUT-M6", 50);
  inv.receive("WASHER-6", 8);
  return inv;
}

describe("placeOrder", () => {
  it("reserves every line", () => {
    const inv = stocked();
    const res = placeOrder(inv, [{ sku: "NUT-M6", qty: 10 }, { sku: "WASHER-6", qty: 8 }]);
    expect(res.ok).toBe(true);
    expect(inv.available("WASHER-6")).toBe(0);
  });

  it("is all or nothing", () => {
    const inv = stocked();
    expect(placeOrder(inv, [{ sku: "NUT-M6", qty: 10 }, { sku: "WASHER-6", qty: 9 }])).toEqual({ ok: false, shortSku: "WASHER-6" });
    expect(inv.available("NUT-M6")).toBe(50);
  });
});
