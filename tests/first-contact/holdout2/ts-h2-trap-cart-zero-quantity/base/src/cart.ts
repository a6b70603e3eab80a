/** Shopping cart for the corner shop's click & collect. Prices in cents. */

export interface CartLine {
  sku: string;
  unitCents: number;
  quantity: number;
}

const MAX_QUANTITY = 99;

export class Cart {
  private readonly lines = new Map<string, CartLine>();

  /**
   * Add `quantity` of a product, merging with an existing line.
   * @throws {RangeError} unless quantity is a positive integer, or when the
   *   line would exceed 99 items
   */
  addItem(sku: string, unitCents: number, quantity = 1): void {
    if (!Number.isInteger(quantity) || quantity < 1) {
      throw new RangeError("quantity must be a positive integer");
    }
    const existing = this.lines.get(sku);
    const total = (existing?.quantity ?? 0) + quantity;
    if (total > MAX_QUANTITY) {
      throw new RangeError(`at most ${MAX_QUANTITY} per line`);
    }
    this.lines.set(sku, { sku, unitCents, quantity: total });
  }

  /**
   * Set the quantity of an existing line.
   * @throws {RangeError} unless quantity is a positive integer (use remove to drop a line)
   */
  setQuantity(sku: string, quantity: number): void {
    if (!Number.isInteger(quantity) || quantity < 1) {
      throw new RangeError("quantity must be a positive integer");
    }
    if (quantity > MAX_QUANTITY) {
      throw new RangeError(`at most ${MAX_QUANTITY} per line`);
    }
    const line = this.lines.get(sku);
    if (!line) {
      throw new Error(`no such line: ${sku}`);
    }
    line.quantity = quantity;
  }

  remove(sku: string): void {
    this.lines.delete(sku);
  }

  get totalCents(): number {
    let sum = 0;
    for (const line of this.lines.values()) {
      sum += line.unitCents * line.quantity;
    }
    return sum;
  }

  get itemCount(): number {
    let n = 0;
    for (const line of this.lines.values()) {
      n += line.quantity;
    }
    return n;
  }
}
