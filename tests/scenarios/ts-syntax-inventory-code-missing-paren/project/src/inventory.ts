/** Inventory reservations: stock that is held for open orders. */
export interface Stock {
  onHand: number;
  reserved: number;
}

/** Units that can still be sold. */
export function available(stock: Stock): number {
  return Math.max(0, stock.onHand - stock.reserved;
}

/** Reserves units for an order; refuses to over-reserve. */
export function reserve(stock: Stock, units: number): Stock {
  if (units <= 0) throw new RangeError('units must be positive');
  if (units > available(stock)) throw new RangeError(`only ${available(stock)} available`);
  return { ...stock, reserved: stock.reserved + units };
}
