import { describe, expect, test } from "vitest";
import { buildPaymentPayload, type Customer, type Order } from "./payload";

const anna: Customer = { id: "c-17", email: "Anna.Berg@Example.com", locale: "de_DE" };

const order: Order = {
  id: "5021",
  currency: "EUR",
  items: [
    { sku: "MUG-01", name: "Mug", unitPrice: 12.5, qty: 2 },
    { sku: "TEA-07", name: "Green tea 100g", unitPrice: 6.9, qty: 1 },
  ],
};

describe("buildPaymentPayload", () => {
  test("maps an order to the PSP body", () => {
    expect(buildPaymentPayload(order, anna)).toStrictEqual({
      reference: "ORD-5021",
      amount: { value: 3190, currency: "EUR" },
      customer: { id: "c-17", email: "anna.berg@example.com", locale: "de_DE" },
      lines: [
        { sku: "MUG-01", description: "Mug", quantity: 2, amount: 2500 },
        { sku: "TEA-07", description: "Green tea 100g", quantity: 1, amount: 690 },
      ],
      metadata: { orderId: "5021" },
    });
  });

  test("passes the coupon through as metadata", () => {
    const payload = buildPaymentPayload({ ...order, coupon: "SPRING10" }, anna);
    expect(payload.metadata).toEqual({ orderId: "5021", coupon: "SPRING10" });
  });

  test("keeps the customer's locale", () => {
    const us: Customer = { id: "c-3", email: "joe@example.com", locale: "en_US" };
    expect(buildPaymentPayload(order, us)).toMatchObject({
      customer: { locale: "en_US" },
      amount: { currency: "EUR" },
    });
  });
});
