import { describe, expect, it } from "vitest";
import { LexError, tokenize } from "../src/lexer";

describe("tokenize", () => {
  it("reads numbers, operators and parentheses with positions", () => {
    expect(tokenize("(1+2.5)*3")).toEqual([
      { kind: "lparen", pos: 0 },
      { kind: "num", value: 1, pos: 1 },
      { kind: "op", op: "+", pos: 2 },
      { kind: "num", value: 2.5, pos: 3 },
      { kind: "rparen", pos: 6 },
      { kind: "op", op: "*", pos: 7 },
      { kind: "num", value: 3, pos: 8 },
    ]);
  });

  it("skips whitespace", () => {
    expect(tokenize("  4 ^\t2 ").map((t) => t.pos)).toEqual([2, 4, 6]);
  });

  it("returns no tokens for an empty string", () => {
    expect(tokenize("")).toEqual([]);
  });

  it("rejects unknown characters with their position", () => {
    expect(() => tokenize("1 + x")).toThrow(LexError);
    expect(() => tokenize("1 + x")).toThrow('unexpected "x" at 4');
  });

  it("rejects malformed numbers", () => {
    expect(() => tokenize("1..2")).toThrow('bad number "1..2" at 0');
  });
});
