import type { Order } from "../src/payload";

let seq = 0;

/** A paid order with sensible defaults; override what a test cares about. */
export function makeOrder(overrides: Partial<Order> = {}): Order {
  seq += 1;
  return {
    id: `ord_${1000 + seq}`,
    customerId: "cus_42",
    totalCents: 4250,
    currency: "EUR",
    status: "paid",
    placedAt: new Date("2026-03-01T10:00:00Z"),
    items: [
      { sku: "TEA-100", qty: 2 },
      { sku: "MUG-01", qty: 1 },
    ],
    ...overrides,
  };
}

export const NOW = new Date("2026-03-02T08:30:00Z");
