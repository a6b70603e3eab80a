/** Display helpers for money and quantities. */

/** Round to whole cents, avoiding binary float noise such as 0.1 + 0.2. */
export function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/**
 * Format an amount for display, e.g. `1234.5` -> `"$1,234.50"`.
 * Negative amounts put the sign before the symbol: `"-$3.00"`.
 */
export function formatPrice(amount: number, symbol = '$'): string {
  const sign = amount < 0 ? '-' : '';
  const fixed = Math.abs(roundCents(amount)).toFixed(2);
  const [whole, cents] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${symbol}${grouped}.${cents}`;
}

/** "1 item", "3 items". */
export function pluralizeItems(count: number): string {
  return `${count} ${count === 1 ? 'item' : 'items'}`;
}
