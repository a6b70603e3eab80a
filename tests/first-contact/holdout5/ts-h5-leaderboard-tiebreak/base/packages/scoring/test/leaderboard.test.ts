import { describe, expect, it } from "vitest";
import { rankEntries, top, type Entry } from "../src/leaderboard";

const at = (minute: number) => Date.UTC(2024, 5, 3, 18, minute);

const week: Entry[] = [
  { name: "zed", score: 8200, reachedAt: at(1) },
  { name: "amy", score: 9100, reachedAt: at(40) },
  { name: "kai", score: 9100, reachedAt: at(12) },
  { name: "bob", score: 7000, reachedAt: at(3) },
  { name: "eve", score: 8200, reachedAt: at(30) },
  { name: "dan", score: 5400, reachedAt: at(9) },
  { name: "fay", score: 8200, reachedAt: at(2) },
  { name: "gus", score: 6100, reachedAt: at(5) },
  { name: "ivy", score: 7000, reachedAt: at(44) },
  { name: "joe", score: 3300, reachedAt: at(7) },
  { name: "lea", score: 9900, reachedAt: at(50) },
  { name: "max", score: 6100, reachedAt: at(4) },
];

describe("rankEntries", () => {
  it("orders the whole week", () => {
    expect(rankEntries(week).map((e) => e.name)).toEqual([
      "lea",
      "amy",
      "kai",
      "eve",
      "fay",
      "zed",
      "bob",
      "ivy",
      "gus",
      "max",
      "dan",
      "joe",
    ]);
  });

  it("gives every row its own rank", () => {
    expect(rankEntries(week).map((e) => e.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("does not mutate its input", () => {
    const copy = structuredClone(week);
    rankEntries(week);
    expect(week).toEqual(copy);
  });
});

describe("top", () => {
  it("returns the podium", () => {
    expect(top(week, 3)).toEqual([
      { name: "lea", score: 9900, reachedAt: at(50), rank: 1 },
      { name: "amy", score: 9100, reachedAt: at(40), rank: 2 },
      { name: "kai", score: 9100, reachedAt: at(12), rank: 3 },
    ]);
  });
});
