import { describe, expect, test } from "vitest";
import { ascent, metersToMiles } from "../src/convert";

describe("conversions", () => {
  test("a marathon in miles", () => {
    expect(metersToMiles(42195)).toBe(26.22);
  });

  test("ascent ignores descents", () => {
    expect(ascent([100, 150, 120, 180.5])).toBe(110.5);
  });
});
