import { describe, expect, it } from "vitest";
import { backoffDelays, totalWait } from "../src/backoff";

describe("backoffDelays", () => {
  it("doubles from the base delay by default", () => {
    expect(backoffDelays(4)).toEqual([100, 200, 400, 800]);
  });

  it("uses a custom base delay", () => {
    expect(backoffDelays(3, 50)).toEqual([50, 100, 200]);
  });

  it("caps every delay at maxMs", () => {
    expect(backoffDelays(6, 250, 2000)).toEqual([250, 500, 1000, 2000, 2000, 2000]);
  });

  it("supports a gentler growth factor", () => {
    expect(backoffDelays(3, 1000, 60_000, 1.5)).toEqual([1000, 1500, 2250]);
  });

  it("rejects negative attempts", () => {
    expect(() => backoffDelays(-1)).toThrow(RangeError);
  });
});

describe("totalWait", () => {
  it("adds up the schedule", () => {
    expect(totalWait(backoffDelays(3, 10))).toBe(70);
  });
});
