/** Plain-text receipts for the thermal printer. */

/** Printable columns on 80 mm paper (TM-T20 printers since 0.7.0). */
export const RECEIPT_WIDTH = 42;

export interface Item {
  name: string;
  qty: number;
  unitCents: number;
}

export interface Sale {
  shop: string;
  /** Already formatted, e.g. "2024-05-03 08:14". */
  when: string;
  items: Item[];
  /** Cash handed over; omitted for card payments. */
  cashCents?: number;
}

/** 1234 -> "12.34" */
export function money(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  return sign + (Math.abs(cents) / 100).toFixed(2);
}

/** A label on the left and an amount flush right; labels that do not fit are cut with an ellipsis. */
export function row(label: string, amount: string, width = RECEIPT_WIDTH): string {
  const room = width - amount.length - 1;
  const text = label.length > room ? label.slice(0, room - 1) + "…" : label;
  return text + " ".repeat(width - text.length - amount.length) + amount;
}

/** Centre `text` on the paper (no trailing spaces). */
export function center(text: string, width = RECEIPT_WIDTH): string {
  return " ".repeat(Math.max(0, Math.floor((width - text.length) / 2))) + text;
}

export function rule(width = RECEIPT_WIDTH): string {
  return "-".repeat(width);
}

export function renderReceipt(sale: Sale): string {
  const total = sale.items.reduce((sum, i) => sum + i.qty * i.unitCents, 0);
  const lines = [center(sale.shop), center(sale.when), rule()];
  for (const item of sale.items) {
    const label = item.qty > 1 ? `${item.qty} x ${item.name}` : item.name;
    lines.push(row(label, money(item.qty * item.unitCents)));
  }
  lines.push(rule(), row("TOTAL", money(total)));
  if (sale.cashCents !== undefined) {
    if (sale.cashCents < total) throw new RangeError("cash does not cover the total");
    lines.push(row("Cash", money(sale.cashCents)), row("Change", money(sale.cashCents - total)));
  } else {
    lines.push(row("Card", money(total)));
  }
  lines.push(rule(), center("Thank you!"));
  return lines.join("\n");
}
