/** A shopping cart with coupons. Prices are in cents. */
export interface Item {
  sku: string;
  priceCents: number;
  qty: number;
}

export class Cart {
  private items: Item[] = [];

  /** Adds `qty` units of a product, merging with an existing line. */
  add(sku: string, priceCents: number, qty = 1): void {
    if (qty <= 0) throw new Error("qty must be positive");
    const line = this.items.find((i) => i.sku === sku);
    if (line) line.qty += qty;
    else this.items.push({ sku, priceCents, qty });
  }

  /** Sum of all lines in cents. */
  subtotal(): number {
    return this.items.reduce((sum, i) => sum + i.priceCents * i.qty, 0);
  }
}

/** Applies a percentage coupon, never going below zero. */
export function applyCoupon(amountCents: number, percent: number): number {
  if (percent < 0 || percent > 100) throw new RangeError("percent must be within 0..100");
  return Math.max(0, Math.round(amountCents * (1 - percent / 100)));
}
