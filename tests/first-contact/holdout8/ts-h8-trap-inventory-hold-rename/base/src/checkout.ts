import { Inventory, OutOfStockError, type Reservation } from "./inventory";

export type OrderLine = { sku: string; qty: number };

export type PlaceResult =
  | { ok: true; reservations: Reservation[] }
  | { ok: false; shortSku: string };

/**
 * Reserve every line of an order, all or nothing: if one line is short, the
 * reservations already made for the order are released.
 */
export function placeOrder(inv: Inventory, lines: OrderLine[]): PlaceResult {
  const made: Reservation[] = [];
  for (const line of lines) {
    try {
      made.push(inv.reserve(line.sku, line.qty));
    } catch (err) {
      if (!(err instanceof OutOfStockError)) throw err;
      for (const r of made) inv.release(r.id);
      return { ok: false, shortSku: line.sku };
    }
  }
  return { ok: true, reservations: made };
}
