export interface Line {
  sku: string;
  name: string;
  unitCents: number;
  qty: number;
}

/** Percentage or fixed-amount discount applied to the whole cart. */
export type Discount = { kind: "percent"; value: number } | { kind: "fixed"; cents: number };

/** A shopping cart. All amounts are integer cents. */
export class Cart {
  private lines = new Map<string, Line>();
  private discount: Discount | null = null;

  add(line: Omit<Line, "qty">, qty = 1): this {
    if (!Number.isInteger(qty) || qty <= 0) throw new RangeError(`qty must be a positive integer, got ${qty}`);
    const existing = this.lines.get(line.sku);
    this.lines.set(line.sku, { ...line, qty: (existing?.qty ?? 0) + qty });
    return this;
  }

  remove(sku: string): this {
    this.lines.delete(sku);
    return this;
  }

  applyDiscount(discount: Discount | null): this {
    this.discount = discount;
    return this;
  }

  items(): Line[] {
    return [...this.lines.values()];
  }

  /** Number of units across all lines. */
  itemCount(): number {
    return this.items().reduce((n, l) => n + l.qty, 0);
  }

  /** Sum of the lines before any discount. */
  subtotal(): number {
    return this.items().reduce((sum, l) => sum + l.unitCents * l.qty, 0);
  }

  /** Amount the discount takes off, never more than the subtotal. */
  discountCents(): number {
    const sub = this.subtotal();
    if (!this.discount) return 0;
    const off = this.discount.kind === "percent" ? Math.round((sub * this.discount.value) / 100) : this.discount.cents;
    return Math.min(off, sub);
  }

  /** What the customer pays. */
  total(): number {
    return this.subtotal() - this.discountCents();
  }
}
