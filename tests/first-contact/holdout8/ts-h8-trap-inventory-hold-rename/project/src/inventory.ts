export interface Reservation {
  id: string;
  sku: string;
  qty: number;
  /** Epoch ms after which the reservation lapses; absent = until released. */
  expiresAt?: number;
}

export class OutOfStockError extends Error {
  constructor(readonly sku: string, readonly wanted: number, readonly available: number) {
    super(`${sku}: wanted ${wanted}, only ${available} available`);
    this.name = "OutOfStockError";
  }
}

/** Stock levels with reservations that are taken off what can be sold. */
export class Inventory {
  private stock = new Map<string, number>();
  private reservations = new Map<string, Reservation>();
  private nextId = 1;

  receive(sku: string, qty: number): void {
    this.stock.set(sku, (this.stock.get(sku) ?? 0) + qty);
  }

  constructor(private readonly now: () => number = Date.now) {}

  /** Units on hand minus units reserved (lapsed holds no longer count). */
  available(sku: string): number {
    let reserved = 0;
    const t = this.now();
    for (const r of this.reservations.values()) {
      if (r.sku === sku && (r.expiresAt === undefined || r.expiresAt > t)) reserved += r.qty;
    }
    return (this.stock.get(sku) ?? 0) - reserved;
  }

  /**
   * Set `qty` units aside; throws OutOfStockError if short. With `ttlMs` the
   * hold lapses by itself (carts that are never checked out).
   */
  hold(sku: string, qty: number, ttlMs?: number): Reservation {
    const available = this.available(sku);
    if (qty > available) throw new OutOfStockError(sku, qty, available);
    const r: Reservation = { id: `R${this.nextId++}`, sku, qty };
    if (ttlMs !== undefined) r.expiresAt = this.now() + ttlMs;
    this.reservations.set(r.id, r);
    return r;
  }

  /** Give reserved units back (order cancelled). Unknown ids are ignored. */
  release(id: string): void {
    this.reservations.delete(id);
  }

  /** Ship a reservation: the units leave the stock. */
  commit(id: string): void {
    const r = this.reservations.get(id);
    if (!r) throw new Error(`unknown reservation ${id}`);
    this.reservations.delete(id);
    this.stock.set(r.sku, (this.stock.get(r.sku) ?? 0) - r.qty);
  }
}
