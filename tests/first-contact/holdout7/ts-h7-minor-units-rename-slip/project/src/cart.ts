import { fromMinorUnits, toMinorUnits } from "./money";

export interface CartLine {
  sku: string;
  price: string;
  qty: number;
}

/** Sum of all lines, as a price string. */
export function cartTotal(lines: CartLine[]): string {
  const cents = lines.reduce((sum, l) => sum + toMinorUnits(l.price) * l.qty, 0);
  return fromMinorUnits(cents);
}
