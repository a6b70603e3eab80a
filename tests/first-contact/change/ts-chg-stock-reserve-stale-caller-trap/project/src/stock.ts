export class OutOfStock extends Error {}

/** Units on hand per SKU; reservations are held until committed or released. */
export class Stock {
  private onHand = new Map<string, number>();
  private held = new Map<string, number>();

  receive(sku: string, units: number): void {
    this.onHand.set(sku, (this.onHand.get(sku) ?? 0) + units);
  }

  /** Units that can still be reserved. */
  available(sku: string): number {
    return (this.onHand.get(sku) ?? 0) - (this.held.get(sku) ?? 0);
  }

  /** Hold `units` of `sku` for an order; throws OutOfStock when not enough are available. */
  reserve(sku: string, units: number): void {
    if (units < 1) throw new RangeError('reserve at least one unit');
    if (this.available(sku) < units) throw new OutOfStock(`${sku}: only ${this.available(sku)} left`);
    this.held.set(sku, (this.held.get(sku) ?? 0) + units);
  }

  release(sku: string, units: number): void {
    this.held.set(sku, Math.max(0, (this.held.get(sku) ?? 0) - units));
  }
}
