import { describe, expect, it } from "vitest";
import { buildPayload } from "../src";
import { makeOrder, NOW } from "./factories";

describe("buildPayload", () => {
  it("order.placed carries the total and item count", () => {
    const order = makeOrder({ id: "ord_1" });
    expect(buildPayload("order.placed", order, { now: NOW })).toEqual({
      id: "evt_ord_1_placed",
      event: "order.placed",
      occurredAt: "2026-03-02T08:30:00.000Z",
      data: { orderId: "ord_1", customerId: "cus_42", amount: 4250, currency: "EUR", itemCount: 3 },
    });
  });

  it("a full refund is negative and not partial", () => {
    const order = makeOrder({ id: "ord_2", totalCents: 1999, currency: "USD" });
    expect(buildPayload("order.refunded", order, { now: NOW }).data).toEqual({
      orderId: "ord_2",
      amount: -1999,
      currency: "USD",
      partial: false,
    });
  });

  it("a partial refund says so", () => {
    const payload = buildPayload("order.refunded", makeOrder(), { refundCents: 500, now: NOW });
    expect(payload.data).toMatchObject({ amount: -500, partial: true });
  });

  it("rejects refunds larger than the order", () => {
    expect(() => buildPayload("order.refunded", makeOrder(), { refundCents: 5000 })).toThrow("refund must be 1..4250 cents");
  });

  it("order.cancelled has a reason and no amount", () => {
    const payload = buildPayload("order.cancelled", makeOrder({ id: "ord_3" }), { now: NOW });
    expect(payload.data).toEqual({ orderId: "ord_3", reason: "customer_request" });
  });

  it("amounts of every event type", () => {
    const order = makeOrder({ totalCents: 120_000 });
    const amounts = (["order.placed", "order.refunded"] as const).map((e) => buildPayload(e, order, { now: NOW }).data.amount);
    expect(amounts).toEqual([120000, -120000]);
  });
});
