import { describe, expect, it, test } from "vitest";
import { formatBytes, progressLine } from "../src/bytes";

describe("formatBytes", () => {
  test.each([
    [0, "0 B"],
    [512, "512 B"],
    [1023, "1023 B"],
    [1024, "1.0 KiB"],
    [1536, "1.5 KiB"],
    [1024 ** 2, "1.0 MiB"],
    [5 * 1024 ** 2 + 1024 ** 2 / 2, "5.5 MiB"],
    [1024 ** 3, "1.0 GiB"],
    [3 * 1024 ** 4, "3072.0 GiB"],
  ])("formatBytes(%i) -> %s", (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  it("rejects fractional bytes", () => {
    expect(() => formatBytes(1.5)).toThrow(RangeError);
  });
});

describe("progressLine", () => {
  it("shows files and bytes", () => {
    expect(progressLine(3, 10, 4_718_592, 12_582_912)).toBe("3 of 10 files, 4.5 MiB of 12.0 MiB");
  });
});
