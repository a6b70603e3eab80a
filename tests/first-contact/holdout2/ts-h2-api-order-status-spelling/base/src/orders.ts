/** Order lifecycle for the storefront. */

export type OrderStatus = "pending" | "paid" | "shipped" | "delivered" | "cancelled";

export interface Order {
  id: string;
  status: OrderStatus;
  history: OrderStatus[];
}

/** Which status may follow which. Terminal states map to an empty list. */
const NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  pending: ["paid", "cancelled"],
  paid: ["shipped", "cancelled"],
  shipped: ["delivered"],
  delivered: [],
  cancelled: [],
};

/** True when an order in `from` may move to `to`. */
export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return NEXT[from].includes(to);
}

/** Move an order to a new status, recording the old one. Throws on an illegal move. */
export function transition(order: Order, to: OrderStatus): Order {
  if (!canTransition(order.status, to)) {
    throw new Error(`cannot move order ${order.id} from ${order.status} to ${to}`);
  }
  return { ...order, status: to, history: [...order.history, order.status] };
}

/** Label shown to customers. */
export function statusLabel(status: OrderStatus): string {
  const labels: Record<OrderStatus, string> = {
    pending: "Awaiting payment",
    paid: "Paid",
    shipped: "On its way",
    delivered: "Delivered",
    cancelled: "Cancelled",
  };
  return labels[status];
}
