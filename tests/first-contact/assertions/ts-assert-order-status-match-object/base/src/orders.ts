/** Order view model for the account page. */
export type Status = 'pending' | 'paid' | 'shipped' | 'cancelled';

export interface Order {
  id: string;
  items: { sku: string; qty: number; price: number }[];
  paidAt?: Date;
  shippedAt?: Date;
  cancelled?: boolean;
}

export function statusOf(order: Order): Status {
  if (order.cancelled) return 'cancelled';
  if (order.shippedAt) return 'shipped';
  if (order.paidAt) return 'paid';
  return 'pending';
}

export function summarize(order: Order) {
  const total = order.items.reduce((sum, i) => sum + i.qty * i.price, 0);
  return {
    id: order.id,
    status: statusOf(order),
    itemCount: order.items.reduce((n, i) => n + i.qty, 0),
    total: Math.round(total * 100) / 100,
    canCancel: !order.shippedAt && !order.cancelled,
  };
}
