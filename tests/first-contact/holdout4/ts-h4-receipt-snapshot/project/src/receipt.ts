export interface Line {
  name: string;
  qty: number;
  /** unit price in cents */
  unit: number;
}

export interface ReceiptOptions {
  shop: string;
  /** VAT rate included in the prices, e.g. 0.2 */
  vatRate: number;
  /** ISO currency code printed next to the total (default EUR) */
  currency?: string;
  width?: number;
}

const money = (cents: number): string => (cents / 100).toFixed(2);

function row(left: string, right: string, width: number): string {
  const room = width - right.length - 1;
  const l = left.length > room ? left.slice(0, room - 1) + "…" : left;
  return l.padEnd(room) + " " + right;
}

/**
 * Plain-text receipt for the 40-column thermal printer.
 * Since 0.6 the receipt shows the VAT included in the total and the currency,
 * as required for fiscal receipts.
 */
export function renderReceipt(lines: Line[], opts: ReceiptOptions): string {
  const width = opts.width ?? 40;
  const out: string[] = [opts.shop.toUpperCase().padStart((width + opts.shop.length) / 2), "-".repeat(width)];
  let total = 0;
  for (const l of lines) {
    const amount = l.qty * l.unit;
    total += amount;
    const label = l.qty > 1 ? `${l.qty} x ${l.name}` : l.name;
    out.push(row(label, money(amount), width));
  }
  out.push("-".repeat(width));
  const vat = Math.round(total - total / (1 + opts.vatRate));
  out.push(row(`incl. VAT ${Math.round(opts.vatRate * 100)}%`, money(vat), width));
  out.push(row(`TOTAL ${opts.currency ?? "EUR"}`, money(total), width));
  return out.join("\n");
}
