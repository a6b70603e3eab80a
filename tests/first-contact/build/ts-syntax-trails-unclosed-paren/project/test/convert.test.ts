import { describe, expect, test } from "vitest";
import { ascent, metersToFeet, metersToMiles } from "../src/convert";

describe("conversions", () => {
  test("a marathon in miles", () => {
    expect(metersToMiles(42195)).toBe(26.22);
  });

  test.each([
    [1, 3.28],
    [1000, 3280.84],
  ])("%d m in feet", (m, ft) => {
    expect(metersToFeet(m)).toBe(ft);
  });

  test("ascent ignores descents", () => {
    expect(ascent([100, 150, 120, 180.5])).toBe(110.5);
  });
});
