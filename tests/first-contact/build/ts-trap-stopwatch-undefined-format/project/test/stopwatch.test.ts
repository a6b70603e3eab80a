import { describe, expect, it } from "vitest";
import { Stopwatch } from "../src/stopwatch";

describe("Stopwatch", () => {
  it("tracks the fastest lap", () => {
    const w = new Stopwatch();
    w.lap(95000);
    w.lap(88000);
    expect(w.fastest()).toBe(88000);
    expect(w.total()).toBe(183000);
  });

  it("has no fastest lap before the first", () => {
    expect(new Stopwatch().fastest()).toBeUndefined();
  });

  it("summarises the run", () => {
    const w = new Stopwatch();
    w.lap(95000);
    w.lap(88000);
    expect(w.summary()).toBe("2 laps in 3:03");
  });
});
