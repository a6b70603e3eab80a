/**
 * Invoice lines and totals for the billing service.
 * All amounts are integer cents; VAT is computed per line and rounded half-up to the cent.
 */

export type TaxClass = "standard" | "reduced" | "exempt";

export interface Line {
  description: string;
  unitCents: number;
  qty: number;
  taxClass: TaxClass;
}

export interface Totals {
  netCents: number;
  vatCents: number;
  grossCents: number;
}

/** VAT rates by tax class for the shop's home country. */
export const VAT_RATES: Readonly<Record<TaxClass, number>> = Object.freeze({
  standard: 0.2,
  reduced: 0.1,
  exempt: 0,
});

/** Net amount of one line (unit price times quantity). */
export function lineNet(line: Line): number {
  if (!Number.isInteger(line.qty) || line.qty < 1) {
    throw new RangeError(`qty must be a positive integer, got ${line.qty}`);
  }
  return line.unitCents * line.qty;
}

/** VAT of one line, rounded half-up to the cent. */
export function lineVat(line: Line): number {
  return Math.round(lineNet(line) * VAT_RATES[line.taxClass]);
}

/** Sum of all lines: net, VAT and gross. An empty invoice totals zero. */
export function invoiceTotals(lines: readonly Line[]): Totals {
  let netCents = 0;
  let vatCents = 0;
  for (const line of lines) {
    netCents += lineNet(line);
    vatCents += lineVat(line);
  }
  return { netCents, vatCents, grossCents: netCents + vatCents };
}
