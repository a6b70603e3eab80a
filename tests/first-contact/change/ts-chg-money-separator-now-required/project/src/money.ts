/**
 * Format integer cents with a currency symbol and thousands grouping.
 *
 * @param cents amount in minor units, may be negative
 * @param symbol currency symbol placed before the number
 * @param separator decimal separator; the thousands separator is the other of '.' and ','
 * @example formatAmount(123456, '€', ',') // '€1.234,56'
 */
export function formatAmount(cents: number, symbol: string, separator: '.' | ',' = '.'): string {
  if (!Number.isInteger(cents)) throw new TypeError('cents must be an integer');
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100).toString();
  const frac = (abs % 100).toString().padStart(2, '0');
  const group = separator === '.' ? ',' : '.';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${symbol}${grouped}${separator}${frac}`;
}
