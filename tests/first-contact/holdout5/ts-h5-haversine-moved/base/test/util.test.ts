import { describe, expect, it } from "vitest";
import { clamp, haversineKm } from "../src/util";

describe("clamp", () => {
  it("keeps values inside the range", () => {
    expect(clamp(5, 0, 10)).toBe(5);
    expect(clamp(-1, 0, 10)).toBe(0);
    expect(clamp(11, 0, 10)).toBe(10);
  });
});

describe("haversineKm", () => {
  const paris = { lat: 48.8566, lng: 2.3522 };
  const london = { lat: 51.5074, lng: -0.1278 };

  it("is zero for the same point", () => {
    expect(haversineKm(paris, paris)).toBe(0);
  });

  it("measures Paris to London", () => {
    expect(haversineKm(paris, london)).toBeCloseTo(343.6, 0);
  });

  it("is symmetric", () => {
    expect(haversineKm(paris, london)).toBeCloseTo(haversineKm(london, paris), 9);
  });
});
