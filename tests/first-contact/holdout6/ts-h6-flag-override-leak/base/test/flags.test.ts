import { describe, expect, it } from "vitest";
import { bucket, isEnabled, resetOverrides, setOverride, snapshot } from "../src/flags";

describe("bucket", () => {
  it("is stable and within 0-99", () => {
    expect(bucket("user-1")).toBe(bucket("user-1"));
    for (const id of ["a", "user-1", "user-2", "x".repeat(50)]) {
      expect(bucket(id)).toBeGreaterThanOrEqual(0);
      expect(bucket(id)).toBeLessThan(100);
    }
  });
});

describe("isEnabled", () => {
  it("uses the default", () => {
    expect(isEnabled("wishlist")).toBe(true);
    expect(isEnabled("giftWrap")).toBe(false);
  });

  it("lets an override win over the default", () => {
    setOverride("giftWrap", true);
    expect(isEnabled("giftWrap")).toBe(true);
    resetOverrides();
  });

  it("rolls out by user bucket", () => {
    const users = Array.from({ length: 400 }, (_, i) => `user-${i}`);
    const on = users.filter((u) => isEnabled("oneClickReorder", u)).length;
    expect(on).toBeGreaterThan(60);
    expect(on).toBeLessThan(140);
    expect(isEnabled("oneClickReorder")).toBe(false);
  });
});

describe("snapshot", () => {
  it("lists every flag", () => {
    expect(snapshot()).toEqual({ wishlist: true, giftWrap: false, oneClickReorder: false });
  });
});
