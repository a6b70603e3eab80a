import { describe, expect, test } from "vitest";
import { formatDuration, splitSeconds } from "../src/duration";

describe("formatDuration", () => {
  test.each([
    [0, "0s"],
    [45, "45s"],
    [123, "2m 3s"],
    [600, "10m"],
    [3900, "1h 5m"],
    [7200, "2h"],
    [7201, "2h"],
    [90_061, "1d 1h"],
    [86_400 + 3_600 * 9, "1d 9h"],
    [3_600 * 10 + 60 * 30, "10h 30m"],
    [59.6, "1m"],
  ])("formatDuration(%d) is %s", (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });

  test("rejects negative durations", () => {
    expect(() => formatDuration(-1)).toThrow("invalid duration: -1");
  });
});

describe("splitSeconds", () => {
  test("omits zero units", () => {
    expect(splitSeconds(3601)).toEqual([
      ["h", 1],
      ["s", 1],
    ]);
  });
});
