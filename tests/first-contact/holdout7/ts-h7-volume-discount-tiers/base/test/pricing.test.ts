import { describe, expect, it } from "vitest";
import { lineTotal, volumeDiscount } from "../src/pricing";

describe("volumeDiscount", () => {
  it.each`
    qty    | rate
    ${1}   | ${0}
    ${9}   | ${0}
    ${10}  | ${0.05}
    ${49}  | ${0.05}
    ${50}  | ${0.1}
    ${99}  | ${0.1}
    ${100} | ${0.15}
    ${500} | ${0.15}
  `("$qty units -> $rate", ({ qty, rate }) => {
    expect(volumeDiscount(qty)).toBe(rate);
  });

  it("rejects zero and fractional quantities", () => {
    expect(() => volumeDiscount(0)).toThrow(RangeError);
    expect(() => volumeDiscount(2.5)).toThrow(RangeError);
  });
});

describe("lineTotal", () => {
  it("applies the tier of the quantity", () => {
    expect(lineTotal(250, 4)).toBe(1000);
    expect(lineTotal(250, 10)).toBe(2375);
    expect(lineTotal(199, 100)).toBe(16915);
  });
});
