import { formatMoney } from "./money/format";
import { clamp, roundHalfEven } from "./utils";

export interface Line {
  label: string;
  unitCents: number;
  qty: number;
}

export interface Invoice {
  lines: Line[];
  subtotalCents: number;
  taxCents: number;
  totalCents: number;
}

/** Build an invoice; tax is rounded half-to-even on the subtotal. */
export function buildInvoice(lines: Line[], opts: { taxRate: number }): Invoice {
  const rate = clamp(opts.taxRate, 0, 1);
  const subtotalCents = lines.reduce((sum, l) => sum + l.unitCents * l.qty, 0);
  const taxCents = roundHalfEven(subtotalCents * rate);
  return { lines, subtotalCents, taxCents, totalCents: subtotalCents + taxCents };
}

/** Render an invoice as plain text lines. */
export function renderInvoice(inv: Invoice, currency = "EUR"): string {
  const rows = inv.lines.map((l) => `${l.label} x${l.qty}  ${formatMoney(l.unitCents * l.qty, currency)}`);
  rows.push(`Tax  ${formatMoney(inv.taxCents, currency)}`);
  rows.push(`Total  ${formatMoney(inv.totalCents, currency)}`);
  return rows.join("\n");
}
