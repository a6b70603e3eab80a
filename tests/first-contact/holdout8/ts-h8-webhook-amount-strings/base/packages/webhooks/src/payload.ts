export type OrderStatus = "placed" | "paid" | "refunded" | "cancelled";

export interface Order {
  id: string;
  customerId: string;
  totalCents: number;
  currency: string;
  status: OrderStatus;
  placedAt: Date;
  items: Array<{ sku: string; qty: number }>;
}

export type EventName = "order.placed" | "order.refunded" | "order.cancelled";

export interface WebhookPayload {
  id: string;
  event: EventName;
  occurredAt: string;
  data: Record<string, unknown>;
}

/** Amount as sent to partners: integer minor units. */
export function formatAmount(cents: number): number {
  return cents;
}

/**
 * Build the JSON body POSTed to partner endpoints. `now` is injectable so the
 * payload is deterministic in tests.
 */
export function buildPayload(
  event: EventName,
  order: Order,
  opts: { refundCents?: number; reason?: string; now?: Date } = {},
): WebhookPayload {
  const now = opts.now ?? new Date();
  const base = { id: `evt_${order.id}_${event.split(".")[1]}`, event, occurredAt: now.toISOString() };
  switch (event) {
    case "order.placed":
      return {
        ...base,
        data: {
          orderId: order.id,
          customerId: order.customerId,
          amount: formatAmount(order.totalCents),
          currency: order.currency,
          itemCount: order.items.reduce((n, i) => n + i.qty, 0),
        },
      };
    case "order.refunded": {
      const refund = opts.refundCents ?? order.totalCents;
      if (refund <= 0 || refund > order.totalCents) throw new RangeError(`refund must be 1..${order.totalCents} cents`);
      return {
        ...base,
        data: { orderId: order.id, amount: formatAmount(-refund), currency: order.currency, partial: refund < order.totalCents },
      };
    }
    case "order.cancelled":
      return { ...base, data: { orderId: order.id, reason: opts.reason ?? "customer_request" } };
  }
}
