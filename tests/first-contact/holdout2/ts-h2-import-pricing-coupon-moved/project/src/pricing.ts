/** A line on a till receipt. Prices are integer cents. */
export interface Line {
  sku: string;
  unitCents: number;
  quantity: number;
  /** Per-line discount in percent (0-100). */
  discountPct?: number;
}

/** Total of one line in cents, after its own discount, rounded half up. */
export function lineTotal(line: Line): number {
  const gross = line.unitCents * line.quantity;
  const pct = line.discountPct ?? 0;
  if (pct < 0 || pct > 100) {
    throw new RangeError(`discount out of range: ${pct}`);
  }
  return Math.round(gross * (1 - pct / 100));
}

/** Sum of all line totals in cents. */
export function basketTotal(lines: Line[]): number {
  return lines.reduce((sum, line) => sum + lineTotal(line), 0);
}
