import { describe, expect, it } from "vitest";
import { groupByDay, timeRange } from "../src/agenda";

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

describe("groupByDay", () => {
  // Times as the club's booking system sends them (UTC).
  const regatta = { title: "Regatta", start: new Date("2024-03-10T08:00:00Z"), minutes: 240 };
  const dinner = { title: "Club dinner", start: new Date("2024-03-10T18:30:00Z"), minutes: 150 };
  const nightRow = { title: "Night row", start: new Date("2024-03-10T23:30:00Z"), minutes: 60 };

  it("puts events on the local day they start, in order", () => {
    const groups = groupByDay([nightRow, dinner, regatta]);
    expect(groups.map((g) => g.day)).toEqual(["2024-03-10", "2024-03-11"]);
    expect(groups[0].events.map((e) => e.title)).toEqual(["Regatta", "Club dinner"]);
    expect(groups[1].events.map((e) => e.title)).toEqual(["Night row"]);
  });

  it("shows the night row after midnight", () => {
    expect(timeRange(nightRow)).toBe("00:30–01:30");
  });

  it("is empty for no events", () => {
    expect(groupByDay([])).toEqual([]);
  });
});
