import { describe, expect, it } from "vitest";
import { bucket, isEnabled, setOverride } from "../src/flags";

const users = Array.from({ length: 2000 }, (_, i) => `user-${i}`);
const share = (flag: string) => users.filter((u) => isEnabled(flag, u)).length / users.length;

describe("flags", () => {
  it("buckets are stable per user", () => {
    expect(bucket("new-checkout", "user-42")).toBe(bucket("new-checkout", "user-42"));
  });

  it("is off for unknown flags", () => {
    expect(isEnabled("teleport", "user-1")).toBe(false);
  });

  it("always shows a feature to allow-listed users", () => {
    expect(isEnabled("new-checkout", "staff-ana")).toBe(true);
  });

  it("lets the admin console force a flag on for everybody", () => {
    setOverride("new-checkout", true);
    expect(isEnabled("new-checkout", "user-1")).toBe(true);
    expect(share("new-checkout")).toBe(1);
  });

  it("rolls new-checkout out to about 10% of users", () => {
    expect(share("new-checkout")).toBeGreaterThan(0.07);
    expect(share("new-checkout")).toBeLessThan(0.13);
  });

  it("keeps gift cards dark", () => {
    expect(share("gift-cards")).toBe(0);
  });
});
