/** A shopping cart with per-line quantities and a total in cents. */
export interface Line {
  sku: string;
  unitCents: number;
  quantity: number;
}

export class Cart {
  private lines: Line[] = [];

  /** Adds `quantity` units of a product, merging with an existing line. */
  add(sku: string, unitCents: number, quantity = 1): void {
    const existing = this.lines.find((l) => l.sku === sku);
    if (existing) {
      existing.quantity += quantity;
    } else {
      this.lines.push({ sku, unitCents, quantity });
    }
  }

  /** Removes a product entirely. */
  remove(sku: string): void {
    this.lines = this.lines.filter((l) => l.sku !== sku);
  }

  /** Number of units in the cart. */
  size(): number {
    return this.lines.reduce((n, l) => n + l.quantity, 0);
  }

  totalCents(): number {
    return this.lines.reduce((sum, l) => sum + l.unitCents * l.quantity, 0);
  }
}
