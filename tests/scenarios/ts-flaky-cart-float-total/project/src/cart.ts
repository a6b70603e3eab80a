/** Shopping cart totals. */
export interface Item {
  sku: string;
  price: number;
  qty: number;
}

/** The sum of price times quantity. */
export function cartTotal(items: Item[]): number {
  return items.reduce((sum, item) => sum + item.price * item.qty, 0);
}

/** Items whose quantity is zero are dropped. */
export function compact(items: Item[]): Item[] {
  return items.filter((i) => i.qty > 0);
}
