import { formatCents } from "./format.js";

/** Revenue per SKU, highest first. */
export function topSellers(items: { sku: string; quantity: number; unitCents: number }[], n = 3): string[] {
  const revenue = new Map<string, number>();
  for (const item of items) {
    revenue.set(item.sku, (revenue.get(item.sku) ?? 0) + item.quantity * item.unitCents);
  }
  return [...revenue.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([sku, cents]) => `${sku}: ${formatCents(cents)}`);
}
