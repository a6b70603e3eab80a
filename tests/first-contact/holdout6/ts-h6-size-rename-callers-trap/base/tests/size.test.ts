import { describe, expect, it } from "vitest";
import { formatSize, parseSize } from "../src/size";

describe("parseSize", () => {
  it.each([
    ["25MB", 25_000_000],
    ["1.5 GB", 1_500_000_000],
    ["512 kB", 512_000],
    ["100", 100],
    ["  7 b ", 7],
  ])("%s is %i bytes", (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it("rejects unknown units", () => {
    expect(() => parseSize("3 parsecs")).toThrow('not a size: "3 parsecs"');
  });
});

describe("formatSize", () => {
  it("picks the largest unit", () => {
    expect(formatSize(2_500_000)).toBe("2.5 MB");
    expect(formatSize(2_000_000_000)).toBe("2 GB");
    expect(formatSize(999)).toBe("999 B");
  });
});
