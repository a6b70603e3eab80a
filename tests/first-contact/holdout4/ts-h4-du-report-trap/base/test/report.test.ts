import { describe, expect, it } from "vitest";
import { humanSize, renderReport } from "../src/report";

const dirs = [
  { path: "node_modules", bytes: 412_000_000, files: 48_211 },
  { path: "src", bytes: 86_000, files: 42 },
  { path: ".git", bytes: 9_800_000, files: 1_204 },
  { path: "docs", bytes: 900, files: 3 },
];

describe("humanSize", () => {
  it.each([
    [0, "0 B"],
    [1023, "1023 B"],
    [1024, "1.0 KiB"],
    [1536, "1.5 KiB"],
    [5 * 1024 ** 3, "5.0 GiB"],
  ])("%i bytes -> %s", (bytes, text) => {
    expect(humanSize(bytes)).toBe(text);
  });
});

describe("renderReport", () => {
  it("sorts by size and right-aligns the numbers", () => {
    expect(renderReport(dirs)).toMatchInlineSnapshot(`
      "     SIZE  FILES  PATH
      392.9 MiB  48211  node_modules
        9.3 MiB   1204  .git
       84.0 KiB     42  src
          900 B      3  docs"
    `);
  });

  it("keeps only the top N", () => {
    expect(renderReport(dirs, 2).split("\n")).toHaveLength(3);
  });
});
