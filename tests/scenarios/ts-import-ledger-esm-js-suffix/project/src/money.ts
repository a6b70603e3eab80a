/** Formats integer cents as a currency string, e.g. -1234 -> "-12.34 EUR". */
export function formatCents(cents: number, currency = "EUR"): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const units = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, "0");
  return `${sign}${units}.${rest} ${currency}`;
}
