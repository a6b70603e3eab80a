import { describe, expect, it } from "vitest";
import { anchorFor, extractHeadings, renderToc } from "../src/toc";

const doc = [
  "# Guide",
  "Intro text.",
  "## Install",
  "```sh",
  "# not a heading",
  "```",
  "## Usage",
  "### Options & flags",
  "#### Too deep",
  "## Usage",
].join("\n");

describe("anchorFor", () => {
  it("drops punctuation and joins words", () => {
    expect(anchorFor("Options & flags", new Map())).toBe("options--flags");
  });

  it("numbers duplicates", () => {
    const seen = new Map<string, number>();
    expect([anchorFor("Usage", seen), anchorFor("Usage", seen)]).toEqual(["usage", "usage-1"]);
  });
});

describe("extractHeadings", () => {
  it("skips fenced code and headings deeper than maxLevel", () => {
    const texts = extractHeadings(doc).map((h) => h.text);
    expect(texts).toEqual(["Guide", "Install", "Usage", "Options & flags", "Usage"]);
  });
});

describe("renderToc", () => {
  it("indents by level", () => {
    const toc = renderToc(extractHeadings(doc, 2));
    expect(toc.split("\n")).toEqual([
      "- [Guide](#guide)",
      "  - [Install](#install)",
      "  - [Usage](#usage)",
      "  - [Usage](#usage-1)",
    ]);
  });
});
