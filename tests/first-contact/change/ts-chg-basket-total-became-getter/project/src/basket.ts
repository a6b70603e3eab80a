export interface Line {
  sku: string;
  unitCents: number;
  qty: number;
}

/** A shopping basket; quantities for the same SKU are merged. */
export class Basket {
  private lines = new Map<string, Line>();

  add(sku: string, unitCents: number, qty = 1): this {
    if (qty < 1) throw new RangeError('quantity must be at least 1');
    const prev = this.lines.get(sku);
    this.lines.set(sku, { sku, unitCents, qty: (prev?.qty ?? 0) + qty });
    return this;
  }

  remove(sku: string): void {
    this.lines.delete(sku);
  }

  /** Sum of unit price x quantity, in cents. */
  total(): number {
    let sum = 0;
    for (const l of this.lines.values()) sum += l.unitCents * l.qty;
    return sum;
  }
}
