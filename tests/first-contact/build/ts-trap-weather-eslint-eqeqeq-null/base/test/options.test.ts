import { describe, expect, it } from "vitest";
import { query } from "../src/options";

describe("query", () => {
  it("leaves unset options out", () => {
    expect(query("Oslo")).toBe("q=Oslo");
    expect(query("Oslo", { units: "imperial", lang: "nb" })).toBe("q=Oslo&units=imperial&lang=nb");
  });
});
