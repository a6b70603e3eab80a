import { beforeEach, describe, expect, it } from "vitest";
import { Inventory, OutOfStockError } from "../src/inventory";

describe("Inventory", () => {
  let inv: Inventory;
  beforeEach(() => {
    inv = new Inventory();
    inv.receive("BOLT-M6", 100);
  });

  it("reserving takes units off what is available", () => {
    const r = inv.reserve("BOLT-M6", 30);
    expect(r).toEqual({ id: "R1", sku: "BOLT-M6", qty: 30 });
    expect(inv.available("BOLT-M6")).toBe(70);
  });

  it("will not reserve more than available", () => {
    inv.reserve("BOLT-M6", 90);
    expect(() => inv.reserve("BOLT-M6", 20)).toThrow(OutOfStockError);
    expect(() => inv.reserve("BOLT-M6", 20)).toThrow("BOLT-M6: wanted 20, only 10 available");
  });

  it("release gives units back, commit ships them", () => {
    const a = inv.reserve("BOLT-M6", 10);
    const b = inv.reserve("BOLT-M6", 5);
    inv.release(a.id);
    inv.commit(b.id);
    expect(inv.available("BOLT-M6")).toBe(95);
  });
});
