/**
 * Money formatting for invoices. Amounts are integer cents.
 * @module
 */

/**
 * Groups the integer part in threes: 1234567 -> "1,234,567".
 * @param {string} digits
 */
function group(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/**
 * Formats an amount of cents as a price, e.g. `formatCents(123456, '€')`
 * -> `"€1,234.56"`. Negative amounts (refunds, credit notes) get a leading
 * minus before the symbol: `-€5.00`.
 *
 * @param {number} cents integer number of cents
 * @param {string} [symbol] currency symbol, default `$`
 * @returns {string}
 */
export function formatCents(cents, symbol = '$') {
  if (!Number.isInteger(cents)) throw new TypeError(`cents must be an integer, got ${cents}`)
  const sign = cents < 0 ? '-' : ''
  const [whole, fraction] = (Math.abs(cents) / 100).toFixed(2).split('.')
  return `${sign}${symbol}${group(whole)}.${fraction}`
}

/**
 * Sums line items (cents) and formats the total.
 * @param {number[]} lines
 * @param {string} [symbol]
 */
export function formatTotal(lines, symbol) {
  return formatCents(lines.reduce((a, b) => a + b, 0), symbol)
}
