import { describe, expect, it } from "vitest";
import { daysBetween, formatDate } from "../src/utils/formater";

describe("dates", () => {
  it("formats ISO dates", () => {
    expect(formatDate("2024-03-05")).toBe("5 Mar 2024");
  });
  it("rejects other formats", () => {
    expect(() => formatDate("05/03/2024")).toThrow();
  });
  it("counts days", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
  });
});
