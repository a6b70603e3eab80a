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

  it("counts down a fresh 14-day trial", () => {
    expect(daysLeft({ plan: "trial", trialEndsAt: "2025-03-19T10:00:00Z" })).toBe(14);
  });
});

describe("bannerText", () => {
  it("hides the banner for paying accounts", () => {
    expect(bannerText({ plan: "team" })).toBeNull();
  });

  it("says when the trial ends today", () => {
    expect(bannerText({ plan: "trial", trialEndsAt: "2025-03-05T18:00:00Z" })).toBe("Your trial ends today");
  });

  it("uses the singular for one day", () => {
    expect(bannerText({ plan: "trial", trialEndsAt: "2025-03-06T09:00:00Z" })).toBe("1 day left in your trial");
  });
});
