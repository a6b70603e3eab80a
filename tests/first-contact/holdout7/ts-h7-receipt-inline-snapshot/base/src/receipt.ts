export interface Item {
  name: string;
  qty: number;
  unitCents: number;
}

export interface Order {
  id: string;
  placedAt: Date;
  items: Item[];
  /** VAT rate included in the prices, e.g. 0.19 */
  vatRate: number;
}

const WIDTH = 32;

function money(cents: number): string {
  return (cents / 100).toFixed(2);
}

function row(left: string, right: string): string {
  const space = Math.max(1, WIDTH - left.length - right.length);
  return left + " ".repeat(space) + right;
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

/**
 * Render a fixed-width (32 column) till receipt.
 * Prices are gross; the VAT line shows the tax contained in the total.
 */
export function renderReceipt(order: Order): string {
  const lines: string[] = [];
  lines.push(row(`Order ${order.id}`, stamp(order.placedAt)));
  lines.push("-".repeat(WIDTH));
  let total = 0;
  for (const it of order.items) {
    const amount = it.qty * it.unitCents;
    total += amount;
    const label = it.qty > 1 ? `${it.qty} x ${it.name}` : it.name;
    lines.push(row(label.slice(0, 22), money(amount)));
  }
  lines.push("-".repeat(WIDTH));
  const vat = Math.round(total - total / (1 + order.vatRate));
  lines.push(row("TOTAL EUR", money(total)));
  lines.push(row(`incl. VAT ${Math.round(order.vatRate * 100)}%`, money(vat)));
  return lines.join("\n");
}
