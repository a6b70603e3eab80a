import { describe, expect, it } from "vitest";
import { readingTime, slugify } from "../src/text";

describe("slugify", () => {
  it("lower-cases and joins words with dashes", () => {
    expect(slugify("Hello, World!")).toBe("hello-world");
  });

  it("strips accents", () => {
    expect(slugify("Crème brûlée recipes")).toBe("creme-brulee-recipes");
  });

  it("cuts long titles on a word boundary", () => {
    const title = "A very long title that goes on and on about nothing in particular";
    const slug = slugify(title, 20);
    expect(slug).toBe("a-very-long-title");
    expect(slug.length).toBeLessThanOrEqual(20);
  });
});

describe("readingTime", () => {
  it("is at least one minute", () => {
    expect(readingTime("short")).toBe(1);
  });

  it("rounds up", () => {
    expect(readingTime("word ".repeat(221))).toBe(2);
  });
});
