import { describe, expect, it } from "vitest";
import { buildQuery, parseQuery } from "../src/query";

describe("buildQuery", () => {
  it("sorts keys and encodes values", () => {
    expect(buildQuery({ q: "tea & cake", page: 2, all: true })).toBe("all=true&page=2&q=tea%20%26%20cake");
  });

  it("leaves out null and undefined", () => {
    expect(buildQuery({ a: null, b: undefined, c: 0 })).toBe("c=0");
  });

  it("repeats the key for arrays", () => {
    expect(buildQuery({ tag: ["tea", "green"], page: 1 })).toBe("page=1&tag=tea&tag=green");
  });
});

describe("parseQuery", () => {
  it("reads pairs, with or without ?", () => {
    expect(parseQuery("?a=1&b=two")).toEqual({ a: "1", b: "two" });
    expect(parseQuery("a=1")).toEqual({ a: "1" });
  });

  it("decodes + and percent escapes", () => {
    expect(parseQuery("q=tea+%26+cake")).toEqual({ q: "tea & cake" });
  });

  it("round-trips", () => {
    const params = { city: "São Paulo", n: "3" };
    expect(parseQuery(buildQuery(params))).toEqual(params);
  });

  it("collects repeated keys into an array", () => {
    expect(parseQuery("tag=tea&tag=green&page=1")).toEqual({ tag: ["tea", "green"], page: "1" });
  });
});
