import { describe, expect, it } from "vitest";
import { byTeam, renderReport, type Entry } from "../src/report";
import { expectGolden } from "./support/golden";

const WEEK: Entry[] = [
  { team: "Platform", person: "ana", hours: 38.5, rateCents: 9000 },
  { team: "Platform", person: "bo", hours: 40, rateCents: 8500 },
  { team: "Design", person: "cy", hours: 12, rateCents: 7000 },
  { team: "Platform", person: "ana", hours: 2, rateCents: 9000 },
  { team: "Support", person: "dee", hours: 120, rateCents: 5500 },
];

describe("byTeam", () => {
  it("sums hours and cost and counts people once", () => {
    expect(byTeam(WEEK)).toEqual([
      { team: "Design", people: 1, hours: 12, costCents: 84000 },
      { team: "Platform", people: 2, hours: 80.5, costCents: 364500 + 340000 },
      { team: "Support", people: 1, hours: 120, costCents: 660000 },
    ]);
  });
});

describe("renderReport", () => {
  it("weekly report", () => {
    expectGolden("weekly", renderReport("Week 11", WEEK));
  });

  it("single team", () => {
    expectGolden("single-team", renderReport("Week 12", WEEK.filter((e) => e.team === "Design")));
  });

  it("no entries", () => {
    expectGolden("empty", renderReport("Week 13", []));
  });
});
