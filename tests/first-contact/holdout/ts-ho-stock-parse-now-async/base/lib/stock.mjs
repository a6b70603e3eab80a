/**
 * Parses the nightly stock export of the warehouse system.
 *
 * The export is `sku;location;quantity` per line, `#` starts a comment, blank lines are ignored.
 */

/**
 * @typedef {{ sku: string, location: string, quantity: number }} StockLine
 */

const SKU = /^[A-Z]{3}-\d{4}$/;

/**
 * @param {string} text the export
 * @returns {StockLine[]} one entry per data line, in file order
 * @throws {Error} naming the 1-based line number of the first bad line
 */
export function parseStock(text) {
  const out = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [sku, location, qty] = line.split(';').map((s) => s.trim());
    const quantity = Number(qty);
    if (!SKU.test(sku ?? '') || !location || !Number.isInteger(quantity) || quantity < 0) {
      throw new Error(`stock export line ${index + 1}: cannot read "${line}"`);
    }
    out.push({ sku, location, quantity });
  });
  return out;
}

/**
 * Total quantity per SKU across locations.
 * @param {StockLine[]} lines
 * @returns {Map<string, number>}
 */
export function totals(lines) {
  const sums = new Map();
  for (const { sku, quantity } of lines) sums.set(sku, (sums.get(sku) ?? 0) + quantity);
  return sums;
}
