import { describe, expect, it } from "vitest";
import { bannerText, daysLeft } from "../src/trial";

describe("daysLeft", () => {
  it("is zero for paying accounts", () => {
    expect(daysLeft({ plan: "pro" })).toBe(0);
  });

  it("counts calendar days", () => {
    const now = new Date("2025-03-05T23:30:00Z");
    expect(daysLeft({ plan: "trial", trialEndsAt: "2025-03-06T00:15:00Z" }, now)).toBe(1);
  });
});

describe("bannerText", () => {
  it("hides the banner for paying accounts", () => {
    expect(bannerText({ plan: "team" })).toBeNull();
  });
});
