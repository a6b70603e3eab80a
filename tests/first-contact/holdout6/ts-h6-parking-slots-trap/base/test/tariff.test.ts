import { describe, expect, it } from "vitest";
import { chargedSlots, parkingFee, stayMinutes } from "../src/tariff";

describe("parkingFee", () => {
  it.each([
    { minutes: 0, fee: 0 },
    { minutes: 10, fee: 0 }, // grace period
    { minutes: 11, fee: 150 },
    { minutes: 30, fee: 150 },
    { minutes: 31, fee: 300 }, // a started half hour is charged in full
    { minutes: 44, fee: 300 },
    { minutes: 60, fee: 300 },
    { minutes: 95, fee: 600 },
  ])("$minutes min costs $fee cents", ({ minutes, fee }) => {
    expect(parkingFee(minutes)).toBe(fee);
  });
});

describe("chargedSlots", () => {
  it("counts every started half hour", () => {
    expect(chargedSlots(61)).toBe(3);
  });

  it("rejects fractional minutes", () => {
    expect(() => chargedSlots(12.5)).toThrow(RangeError);
  });
});

describe("stayMinutes", () => {
  it("counts a started minute in full", () => {
    expect(stayMinutes("2024-03-01T08:00:00Z", "2024-03-01T08:31:10Z")).toBe(32);
  });
});
