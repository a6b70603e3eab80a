/** A shopping cart whose lines are keyed by a case-insensitive SKU. */
import { roundCents } from './format';

export interface CartLine {
  sku: string;
  name: string;
  unitPrice: number;
  quantity: number;
}

function normalizeSku(sku: string): string {
  return sku.trim().toLowerCase();
}

export class Cart {
  private readonly lines = new Map<string, CartLine>();

  /** Add `quantity` units; adding an existing SKU increases its quantity. */
  add(sku: string, name: string, unitPrice: number, quantity = 1): CartLine {
    if (quantity <= 0 || !Number.isInteger(quantity)) {
      throw new RangeError(`quantity must be a positive integer, got ${quantity}`);
    }
    const key = normalizeSku(sku);
    const line = this.lines.get(key) ?? { sku: key, name, unitPrice, quantity: 0 };
    line.quantity += quantity;
    this.lines.set(key, line);
    return line;
  }

  /** Remove a whole line. Returns false if the SKU was not in the cart. */
  remove(sku: string): boolean {
    return this.lines.delete(normalizeSku(sku));
  }

  /** Look up a line by SKU (any case). */
  find(sku: string): CartLine | undefined {
    return this.lines.get(sku);
  }

  /** Number of units across all lines. */
  itemCount(): number {
    let count = 0;
    for (const line of this.lines.values()) count += line.quantity;
    return count;
  }

  /** Price of each line, in the order lines were added. */
  lineTotals(): number[] {
    return [...this.lines.values()].map((line) => roundCents(line.unitPrice * line.quantity));
  }

  /** Sum of all line totals. */
  total(): number {
    return roundCents(this.lineTotals().reduce((sum, value) => sum + value, 0));
  }
}
