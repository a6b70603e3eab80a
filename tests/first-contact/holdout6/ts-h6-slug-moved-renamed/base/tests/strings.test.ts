import { describe, expect, it } from "vitest";
import { toUrlSlug, truncate } from "../src/utils/strings";

describe("toUrlSlug", () => {
  it("lower-cases and joins words with dashes", () => {
    expect(toUrlSlug("Hello World")).toBe("hello-world");
  });

  it("folds accents", () => {
    expect(toUrlSlug("Crème brûlée, à la maison")).toBe("creme-brulee-a-la-maison");
  });

  it("spells out ampersands and drops punctuation", () => {
    expect(toUrlSlug("Salt & Pepper: a love story!")).toBe("salt-and-pepper-a-love-story");
  });

  it("trims leading and trailing separators", () => {
    expect(toUrlSlug("  -- 10 tips --  ")).toBe("10-tips");
  });
});

describe("truncate", () => {
  it("keeps short text", () => {
    expect(truncate("short", 10)).toBe("short");
  });

  it("cuts on a word boundary", () => {
    expect(truncate("the quick brown fox jumps", 14)).toBe("the quick…");
  });
});
