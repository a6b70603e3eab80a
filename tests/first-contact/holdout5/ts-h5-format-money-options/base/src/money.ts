/** Formatting of integer minor-unit amounts for display. */

export type Currency = "EUR" | "USD" | "GBP" | "JPY";

/** Minor units per major unit (JPY has none). */
export const MINOR: Record<Currency, number> = { EUR: 100, USD: 100, GBP: 100, JPY: 1 };

/**
 * Formats `minor` units of `currency` for `locale`, e.g. formatMoney(123456, "EUR", "de-DE") -> "1.234,56 €".
 */
export function formatMoney(minor: number, currency: Currency, locale: string = "en-US"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(minor / MINOR[currency]);
}

/** Parses a plain decimal string ("12.50") into minor units of `currency`. */
export function parseMoney(text: string, currency: Currency): number {
  const value = Number(text.trim());
  if (!Number.isFinite(value)) throw new RangeError(`not an amount: ${JSON.stringify(text)}`);
  return Math.round(value * MINOR[currency]);
}
