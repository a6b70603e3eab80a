import { describe, expect, it } from "vitest";
import { isFinal, statusLabel, takenCents, type Payment } from "../src/payments";

const day: Payment[] = [
  { id: "p1", amountCents: 1250, status: "captured" },
  { id: "p2", amountCents: 800, status: "refunded" },
  { id: "p3", amountCents: 400, status: "authorized" },
  { id: "p4", amountCents: 999, status: "failed" },
];

describe("payments", () => {
  it("counts only captured money as taken", () => {
    expect(takenCents(day)).toBe(1250);
  });

  it("treats everything but authorized as final", () => {
    expect(day.filter((p) => isFinal(p.status)).map((p) => p.id)).toEqual(["p1", "p2", "p4"]);
  });

  it("prints receipt labels", () => {
    expect(statusLabel("captured")).toBe("Paid");
    expect(statusLabel("refunded")).toBe("Refunded");
  });
});
