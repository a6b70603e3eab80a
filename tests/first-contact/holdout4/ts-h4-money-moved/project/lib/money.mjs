// Money helpers: amounts are always integer cents.

/**
 * Format an integer amount of cents as a currency string, e.g. 123456 -> "1,234.56".
 * @param {number} cents
 * @param {string} [symbol]
 */
export function formatCents(cents, symbol = "") {
  if (!Number.isInteger(cents)) throw new TypeError(`cents must be an integer, got ${cents}`);
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const frac = String(abs % 100).padStart(2, "0");
  return `${sign}${symbol}${whole}.${frac}`;
}

/**
 * Parse "1,234.56" (or "1234.5") into integer cents.
 * @param {string} text
 */
export function parseCents(text) {
  const m = /^(-)?([\d,]+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) throw new Error(`not an amount: ${JSON.stringify(text)}`);
  const whole = Number(m[2].replaceAll(",", ""));
  const frac = Number((m[3] ?? "0").padEnd(2, "0"));
  return (m[1] ? -1 : 1) * (whole * 100 + frac);
}
