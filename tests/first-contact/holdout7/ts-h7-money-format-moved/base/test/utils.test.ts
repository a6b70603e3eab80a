import { describe, expect, it } from "vitest";
import { clamp, formatMoney, roundHalfEven } from "../src/utils";

describe("formatMoney", () => {
  it("formats cents with a symbol and thousands separators", () => {
    expect(formatMoney(123456)).toBe("€1,234.56");
    expect(formatMoney(5, "USD")).toBe("$0.05");
  });

  it("puts the minus sign before the symbol", () => {
    expect(formatMoney(-250, "GBP")).toBe("-£2.50");
  });

  it("falls back to the ISO code for unknown currencies", () => {
    expect(formatMoney(1000, "CHF")).toBe("CHF 10.00");
  });

  it("rejects fractional cents", () => {
    expect(() => formatMoney(10.5)).toThrow(TypeError);
  });
});

describe("clamp", () => {
  it("keeps values in range", () => {
    expect(clamp(5, 0, 3)).toBe(3);
    expect(clamp(-1, 0, 3)).toBe(0);
    expect(clamp(2, 0, 3)).toBe(2);
  });
});

describe("roundHalfEven", () => {
  it("rounds ties to the even neighbour", () => {
    expect(roundHalfEven(2.5)).toBe(2);
    expect(roundHalfEven(3.5)).toBe(4);
    expect(roundHalfEven(3.2)).toBe(3);
  });
});
