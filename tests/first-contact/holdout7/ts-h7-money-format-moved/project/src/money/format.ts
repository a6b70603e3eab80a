/** Money formatting. Amounts are integer cents. */

const SYMBOLS: Record<string, string> = { EUR: "€", USD: "$", GBP: "£" };

/**
 * Format an amount in cents as a human string, e.g. 123456 -> "€1,234.56".
 * Negative amounts get a leading minus sign before the symbol.
 */
export function formatMoney(cents: number, currency = "EUR"): string {
  if (!Number.isInteger(cents)) {
    throw new TypeError(`cents must be an integer, got ${cents}`);
  }
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const units = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const rest = String(abs % 100).padStart(2, "0");
  const symbol = SYMBOLS[currency] ?? `${currency} `;
  return `${sign}${symbol}${units}.${rest}`;
}

/** Known currency codes with a dedicated symbol. */
export function knownCurrencies(): string[] {
  return Object.keys(SYMBOLS);
}
