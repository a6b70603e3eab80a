/** Shopping cart lines and totals, in integer cents. */
export interface CartLine {
  sku: string;
  unitCents: number;
  qty: number;
}

/** Adds a line, merging with an existing line of the same SKU. */
export function addLine(lines: CartLine[], line: CartLine): CartLine[] {
  if (line.qty <= 0) throw new RangeError('qty must be positive');
  const existing = lines.find((l) => l.sku === line.sku);
  if (!existing) return [...lines, { ...line }];
  return lines.map((l) => (l.sku === line.sku ? { ...l, qty: l.qty + line.qty } : l));
}

export function totalCents(lines: CartLine[]): number {
  return lines.reduce((sum, l) => sum + l.unitCents * l.qty, 0);
}

/** Number of items, counting quantities. */
export function itemCount(lines: CartLine[]): number {
  return lines.reduce((n, l) => n + l.qty, 0);
}
