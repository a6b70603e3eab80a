import { describe, expect, it } from "vitest";
import { fromCents, toCents } from "../src/money";

describe("toCents", () => {
  it.each([
    ["19.99", 1999],
    ["5", 500],
    ["0.5", 50],
    [" 12.30 ", 1230],
  ])("%s -> %i", (price, cents) => {
    expect(toCents(price)).toBe(cents);
  });

  it("rejects malformed prices", () => {
    expect(() => toCents("1.999")).toThrow(SyntaxError);
    expect(() => toCents("-3")).toThrow(/not a price/);
  });
});

describe("fromCents", () => {
  it("pads cents", () => {
    expect(fromCents(1999)).toBe("19.99");
    expect(fromCents(5)).toBe("0.05");
    expect(fromCents(-250)).toBe("-2.50");
  });
});
