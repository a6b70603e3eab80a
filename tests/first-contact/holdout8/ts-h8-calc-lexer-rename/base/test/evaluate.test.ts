import { describe, expect, it } from "vitest";
import { evaluate } from "../src/index";

describe("evaluate", () => {
  it.each([
    ["1 + 2 * 3", 7],
    ["(1 + 2) * 3", 9],
    ["2 ^ 3 ^ 2", 512],
    ["-4 + 10", 6],
    ["7 / 2", 3.5],
  ])("%s = %d", (src, expected) => {
    expect(evaluate(src)).toBe(expected);
  });

  it("reports an unclosed parenthesis", () => {
    expect(() => evaluate("(1 + 2")).toThrow("missing ) for ( at 0");
  });
});
