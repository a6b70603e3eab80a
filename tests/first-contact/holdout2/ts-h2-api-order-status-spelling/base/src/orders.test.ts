import { describe, expect, it } from "vitest";
import { canTransition, statusLabel, transition, type Order, type OrderStatus } from "./orders";

const fresh: Order = { id: "A-100", status: "pending", history: [] };

describe("transitions", () => {
  it("lets a pending order be paid or cancelled", () => {
    expect(canTransition("pending", "paid")).toBe(true);
    expect(canTransition("pending", "cancelled")).toBe(true);
  });

  it("does not cancel a shipped order", () => {
    expect(canTransition("shipped", "cancelled")).toBe(false);
  });

  it("records the history", () => {
    const paid = transition(fresh, "paid");
    const cancelled = transition(paid, "cancelled");
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.history).toEqual(["pending", "paid"]);
  });

  it("treats cancelled as terminal", () => {
    const terminal: OrderStatus = "cancelled";
    expect(canTransition(terminal, "paid")).toBe(false);
  });
});

describe("labels", () => {
  it("labels a cancelled order", () => {
    expect(statusLabel("cancelled")).toBe("Cancelled");
  });
});
