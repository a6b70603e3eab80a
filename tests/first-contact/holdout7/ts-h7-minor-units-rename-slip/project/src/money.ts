/**
 * Convert a decimal price string ("19.99", "5", "0.5") to integer minor units
 * (cents for EUR/USD).
 * @throws SyntaxError for anything that is not a plain non-negative decimal
 *         with at most two fraction digits.
 */
export function toMinorUnit(price: string): number {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(price.trim());
  if (!m) throw new SyntaxError(`not a price: "${price}"`);
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** Integer minor units back to a two-decimal string: 1999 -> "19.99". */
export function fromMinorUnits(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
