/** Formatting of integer minor-unit amounts for display. */

export type Currency = "EUR" | "USD" | "GBP" | "JPY";

/** Minor units per major unit (JPY has none). */
export const MINOR: Record<Currency, number> = { EUR: 100, USD: 100, GBP: 100, JPY: 1 };

export interface FormatOptions {
  currency: Currency;
  /** BCP 47 locale; defaults to "en-US". */
  locale?: string;
  /** Show "EUR 12.00" instead of "€12.00". */
  code?: boolean;
}

/**
 * Formats `minor` units for display, e.g. formatMoney(123456, { currency: "EUR", locale: "de-DE" }) -> "1.234,56 €".
 */
export function formatMoney(minor: number, { currency, locale = "en-US", code = false }: FormatOptions): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: code ? "code" : "symbol" }).format(
    minor / MINOR[currency],
  );
}

/** Parses a plain decimal string ("12.50") into minor units of `currency`. */
export function parseMoney(text: string, currency: Currency): number {
  const value = Number(text.trim());
  if (!Number.isFinite(value)) throw new RangeError(`not an amount: ${JSON.stringify(text)}`);
  return Math.round(value * MINOR[currency]);
}
