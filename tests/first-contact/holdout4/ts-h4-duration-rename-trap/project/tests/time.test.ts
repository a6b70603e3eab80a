import { describe, expect, it } from "vitest";
import { formatDuration, parseDuration } from "../src/time";

describe("parseDuration", () => {
  it("parses single units", () => {
    expect(parseDuration("45s")).toBe(45_000);
    expect(parseDuration("250ms")).toBe(250);
    expect(parseDuration("2d")).toBe(172_800_000);
  });

  it("adds up compound durations", () => {
    expect(parseDuration("1h30m")).toBe(5_400_000);
  });

  it("accepts upper-case units and spaces", () => {
    expect(parseDuration("1H 30M")).toBe(5_400_000);
    expect(parseDuration(" 2m 5s ")).toBe(125_000);
  });

  it("rejects garbage", () => {
    expect(() => parseDuration("")).toThrow('invalid duration: ""');
    expect(() => parseDuration("10x")).toThrow("invalid duration");
  });
});

describe("formatDuration", () => {
  it("round-trips with parseDuration", () => {
    for (const text of ["1m30s", "2h", "1d1h1m1s"]) {
      expect(formatDuration(parseDuration(text))).toBe(text);
    }
  });
});
