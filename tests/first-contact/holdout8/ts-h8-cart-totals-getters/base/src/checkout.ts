import type { Cart } from "./cart";

export interface Summary {
  items: number;
  subtotal: string;
  discount: string;
  total: string;
}

const fmt = (cents: number) => `$${(cents / 100).toFixed(2)}`;

/** The numbers shown on the checkout page. */
export function summarize(cart: Cart): Summary {
  return {
    items: cart.itemCount(),
    subtotal: fmt(cart.subtotal()),
    discount: fmt(cart.discountCents()),
    total: fmt(cart.total()),
  };
}

/** Free shipping from $50 after discounts. */
export function shippingCents(cart: Cart): number {
  return cart.itemCount() === 0 || cart.total() >= 5000 ? 0 : 599;
}
