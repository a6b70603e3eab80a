import { describe, expect, it } from "vitest";
import { effectiveUnits, query } from "../src/options";

describe("query", () => {
  it("leaves unset options out", () => {
    expect(query("Oslo")).toBe("q=Oslo");
    expect(query("Oslo", { units: "imperial", lang: "nb" })).toBe("q=Oslo&units=imperial&lang=nb");
  });
});

describe("effectiveUnits", () => {
  it("defaults to metric", () => {
    expect(effectiveUnits({ units: null })).toBe("metric");
    expect(effectiveUnits({ units: "imperial" })).toBe("imperial");
  });
});
