import { describe, test, expect } from "vitest";
import { memberPrice, tierFor } from "../src/tiers";

describe("tierFor", () => {
  test.each([
    [0, "green"],
    [249, "green"],
    [250, "silver"],
    [999, "silver"],
    [1000, "gold"],
    [4999, "gold"],
    [5000, "platinum"],
    [12000, "platinum"],
  ])("%i points -> %s", (points, tier) => {
    expect(tierFor(points)).toBe(tier);
  });

  test("rejects a negative balance", () => {
    expect(() => tierFor(-5)).toThrow(RangeError);
  });
});

describe("memberPrice", () => {
  test("rounds the discount in the customer's favour", () => {
    // gold: 10% of 455 = 45.5 -> 46 off
    expect(memberPrice(455, 1500)).toBe(409);
  });

  test("green members pay list price", () => {
    expect(memberPrice(455, 10)).toBe(455);
  });
});
