import { describe, expect, it } from "vitest";
import { formatDistance, formatPace, fromMetres, toMetres } from "../src/units.js";

describe("conversions", () => {
  it("round-trips miles", () => {
    expect(fromMetres(toMetres(3.1, "mi"), "mi")).toBeCloseTo(3.1, 10);
  });

  it("converts metres to km", () => {
    expect(fromMetres(21097.5, "km")).toBe(21.0975);
  });
});

describe("formatting", () => {
  it("formats a 10k", () => {
    expect(formatDistance(10000, "km")).toBe("10.00 km");
    expect(formatDistance(10000, "mi")).toBe("6.21 mi");
  });

  it("formats pace per km", () => {
    expect(formatPace(10000, 3070, "km")).toBe("5:07 /km");
  });

  it("rolls 59.6 seconds into the next minute", () => {
    expect(formatPace(1000, 359.6, "km")).toBe("6:00 /km");
  });

  it("rejects a zero distance", () => {
    expect(() => formatPace(0, 100, "km")).toThrow("distance must be positive");
  });
});
