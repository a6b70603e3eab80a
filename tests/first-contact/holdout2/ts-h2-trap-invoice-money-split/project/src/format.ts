/** Display formatting for invoices. */

/** "1.234,50 EUR" style formatting with a thousands separator. */
export function formatMoney(cents: number, currency = "EUR"): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const frac = String(abs % 100).padStart(2, "0");
  return `${sign}${whole},${frac} ${currency}`;
}
