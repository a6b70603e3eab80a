/** Money helpers. Amounts are integer minor units (cents). */

/** Round half to even, the way the tax office rounds VAT. */
export function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const diff = value - floor;
  if (Math.abs(diff - 0.5) < 1e-9) {
    return floor % 2 === 0 ? floor : floor + 1;
  }
  return Math.round(value);
}

/** VAT in cents for a net amount at a rate in percent. */
export function vatCents(netCents: number, ratePct: number): number {
  return roundHalfEven((netCents * ratePct) / 100);
}

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
