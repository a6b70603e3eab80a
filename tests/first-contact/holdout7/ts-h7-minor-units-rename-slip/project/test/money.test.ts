import { describe, expect, it } from "vitest";
import { fromMinorUnits, toMinorUnits } from "../src/money";

describe("toMinorUnits", () => {
  it.each([
    ["19.99", 1999],
    ["5", 500],
    ["0.5", 50],
    [" 12.30 ", 1230],
  ])("%s -> %i", (price, cents) => {
    expect(toMinorUnits(price)).toBe(cents);
  });

  it("rejects malformed prices", () => {
    expect(() => toMinorUnits("1.999")).toThrow(SyntaxError);
    expect(() => toMinorUnits("-3")).toThrow(/not a price/);
  });
});

describe("fromMinorUnits", () => {
  it("pads cents", () => {
    expect(fromMinorUnits(1999)).toBe("19.99");
    expect(fromMinorUnits(5)).toBe("0.05");
    expect(fromMinorUnits(-250)).toBe("-2.50");
  });
});
