import { describe, expect, it } from "vitest";
import { percentile, statusLine, summarize } from "../src/stats";

describe("percentile", () => {
  it("uses the nearest rank", () => {
    const sorted = Array.from({ length: 20 }, (_, i) => (i + 1) * 10);
    expect(percentile(sorted, 95)).toBe(190);
    expect(percentile(sorted, 50)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
  });
});

describe("summarize", () => {
  it("summarizes a handful of samples", () => {
    expect(summarize([20, 10, 40, 25, 15])).toEqual({
      count: 5,
      minMs: 10,
      maxMs: 40,
      avgMs: 22,
      p95Ms: 40,
    });
  });

  it("leaves failed probes out", () => {
    expect(summarize([null, 120, null, 80])).toEqual({
      count: 2,
      minMs: 80,
      maxMs: 120,
      avgMs: 100,
      p95Ms: 120,
    });
  });

  it("rounds the mean to 0.1 ms", () => {
    expect(summarize([10, 10, 11])).toMatchObject({ avgMs: 10.3 });
  });

  it("is null when every probe failed", () => {
    expect(summarize([null, null])).toBeNull();
  });
});

describe("statusLine", () => {
  it("prints count, mean and p95", () => {
    expect(statusLine("api", summarize([20, 10, 40, 25, 15]))).toBe("api: 5 ok, avg 22 ms, p95 40 ms");
  });

  it("says down when nothing answered", () => {
    expect(statusLine("db", null)).toBe("db: down");
  });
});
