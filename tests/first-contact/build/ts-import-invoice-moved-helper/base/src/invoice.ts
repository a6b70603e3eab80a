import { formatCents } from "./money.js";

/** One invoice line; unit prices in cents. */
export interface Line {
  description: string;
  unitCents: number;
  quantity: number;
}

/** Rounds a fractional cent amount half away from zero. */
function roundCents(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/** Net, VAT and gross totals of an invoice, VAT rounded once on the net total. */
export function totals(lines: Line[], vatRate = 0.21): { net: number; vat: number; gross: number } {
  const net = lines.reduce((sum, l) => sum + l.unitCents * l.quantity, 0);
  const vat = roundCents(net * vatRate);
  return { net, vat, gross: net + vat };
}

/** The totals block printed at the bottom of the invoice. */
export function summary(lines: Line[], vatRate = 0.21): string {
  const t = totals(lines, vatRate);
  return [`Net ${formatCents(t.net)}`, `VAT ${formatCents(t.vat)}`, `Total ${formatCents(t.gross)}`].join("\n");
}
