/** Catering order quotes. All amounts are integer cents. */

/** Subtotal from which an order counts as a bulk order (50.00, inclusive). */
export const BULK_THRESHOLD_CENTS = 5000;
/** Bulk orders get 5% off the subtotal. */
export const BULK_DISCOUNT = 0.05;
/** Flat delivery charge per order. */
export const SHIPPING_CENTS = 490;

export interface Line {
  item: string;
  priceCents: number;
  qty: number;
}

export interface Quote {
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  totalCents: number;
}

/** An order whose subtotal is 50.00 or more is a bulk order. */
export function isBulkOrder(subtotalCents: number): boolean {
  return subtotalCents >= BULK_THRESHOLD_CENTS;
}

/** Price an order. An empty order costs nothing, not even delivery. */
export function quote(lines: Line[]): Quote {
  const subtotalCents = lines.reduce((sum, l) => sum + l.priceCents * l.qty, 0);
  const discountCents = isBulkOrder(subtotalCents) ? Math.round(subtotalCents * BULK_DISCOUNT) : 0;
  const shippingCents = subtotalCents === 0 ? 0 : SHIPPING_CENTS;
  return {
    subtotalCents,
    discountCents,
    shippingCents,
    totalCents: subtotalCents - discountCents + shippingCents,
  };
}
