import { formatMoney, vatCents } from "./money.js";

export interface InvoiceLine {
  description: string;
  netCents: number;
}

export interface Invoice {
  number: string;
  vatRatePct: number;
  lines: InvoiceLine[];
}

/** Net, VAT and gross totals of an invoice, in cents. */
export function totals(invoice: Invoice): { net: number; vat: number; gross: number } {
  const net = invoice.lines.reduce((sum, line) => sum + line.netCents, 0);
  const vat = vatCents(net, invoice.vatRatePct);
  return { net, vat, gross: net + vat };
}

/** Plain-text rendering used in the e-mail body. */
export function renderInvoice(invoice: Invoice): string {
  const { net, vat, gross } = totals(invoice);
  const rows = invoice.lines.map((l) => `${l.description}: ${formatMoney(l.netCents)}`);
  return [
    `Invoice ${invoice.number}`,
    ...rows,
    `Net: ${formatMoney(net)}`,
    `VAT ${invoice.vatRatePct}%: ${formatMoney(vat)}`,
    `Total: ${formatMoney(gross)}`,
  ].join("\n");
}
