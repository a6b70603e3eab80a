import { describe, expect, it } from "vitest";
import { billableHours, billableMinutes, invoiceLines, type Entry } from "../timesheet";

describe("billableMinutes", () => {
  it.each`
    minutes | billed
    ${0}    | ${0}
    ${1}    | ${6}
    ${6}    | ${6}
    ${7}    | ${12}
    ${29}   | ${30}
    ${50}   | ${54}
    ${60}   | ${60}
    ${61}   | ${66}
  `("$minutes min is billed as $billed min", ({ minutes, billed }) => {
    expect(billableMinutes(minutes)).toBe(billed);
  });

  it("rejects negative durations", () => {
    expect(() => billableMinutes(-5)).toThrow("minutes must be a non-negative number, got -5");
  });
});

const week: Entry[] = [
  { date: "2024-06-03", project: "acme-shop", minutes: 50 },
  { date: "2024-06-03", project: "acme-shop", minutes: 35 },
  { date: "2024-06-04", project: "zen-cms", minutes: 120 },
  { date: "2024-06-05", project: "acme-shop", minutes: 17 },
];

describe("billableHours", () => {
  it("rounds each entry before summing", () => {
    expect(billableHours(week.filter((e) => e.project === "acme-shop"))).toBe(1.8);
  });

  it("is 2 for two round hours", () => {
    expect(billableHours([{ date: "2024-06-04", project: "zen-cms", minutes: 120 }])).toBe(2);
  });
});

describe("invoiceLines", () => {
  it("bills each project at the hourly rate", () => {
    expect(invoiceLines(week, 8000)).toEqual([
      { project: "acme-shop", hours: 1.8, amountCents: 14400 },
      { project: "zen-cms", hours: 2, amountCents: 16000 },
    ]);
  });
});
