import { describe, expect, it } from "vitest";
import { DAY, formatDuration, HOUR, MINUTE, parseDuration, SECOND, WEEK } from "../src/duration";

describe("parseDuration", () => {
  it("parses single units", () => {
    expect(parseDuration("45s")).toBe(45 * SECOND);
    expect(parseDuration("250ms")).toBe(250);
    expect(parseDuration("2h")).toBe(2 * HOUR);
  });

  it("parses combined units", () => {
    expect(parseDuration("1h30m")).toBe(HOUR + 30 * MINUTE);
    expect(parseDuration(" 1m5s ")).toBe(MINUTE + 5 * SECOND);
  });

  it("parses days and weeks", () => {
    expect(parseDuration("2d")).toBe(2 * DAY);
    expect(parseDuration("1w2d").toBe(WEEK + 2 * DAY);
    expect(parseDuration("1d12h")).toBe(DAY + 12 * HOUR);
  });

  it("rejects garbage and out-of-order units", () => {
    expect(() => parseDuration("")).toThrow(SyntaxError);
    expect(() => parseDuration("5x")).toThrow(/bad duration/);
    expect(() => parseDuration("5s1h")).toThrow(/out of order/);
    expect(() => parseDuration("1m1m")).toThrow(/out of order/);
    expect(() => parseDuration("1d1w")).toThrow(/out of order/);
  });
});

describe("formatDuration", () => {
  it("round-trips", () => {
    for (const s of ["1h30m", "45s", "2h5s", "1m250ms", "1w1d", "3d4h"]) {
      expect(formatDuration(parseDuration(s))).toBe(s);
    }
  });

  it("prints zero as 0s", () => {
    expect(formatDuration(0)).toBe("0s");
  });
});
