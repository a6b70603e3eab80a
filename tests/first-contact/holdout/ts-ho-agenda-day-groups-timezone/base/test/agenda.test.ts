import { describe, expect, it } from "vitest";
import { timeRange } from "../src/agenda";

describe("timeRange", () => {
  it("shows start and end in local time", () => {
    const e = { title: "Rowing", start: new Date(2024, 2, 9, 7, 30), minutes: 90 };
    expect(timeRange(e)).toBe("07:30–09:00");
  });

  it("wraps past midnight", () => {
    const e = { title: "Star gazing", start: new Date(2024, 2, 9, 23, 15), minutes: 60 };
    expect(timeRange(e)).toBe("23:15–00:15");
  });
});
