/**
 * Parses the nightly stock export of the warehouse system.
 *
 * The export is `sku;location;quantity` per line, `#` starts a comment, blank lines are ignored.
 * Old exports still carry retired SKUs; pass `resolveSku` (e.g. a catalogue lookup over HTTP) to map
 * them to their successors.
 */

/**
 * @typedef {{ sku: string, location: string, quantity: number }} StockLine
 * @typedef {(sku: string) => Promise<string>} SkuResolver
 */

const SKU = /^[A-Z]{3}-\d{4}$/;

/** @type {SkuResolver} */
const keepSku = async (sku) => sku;

/**
 * @param {string} text the export
 * @param {{ resolveSku?: SkuResolver }} [options]
 * @returns {Promise<StockLine[]>} one entry per data line, in file order
 * @throws {Error} (as a rejection) naming the 1-based line number of the first bad line
 */
export async function parseStock(text, { resolveSku = keepSku } = {}) {
  const out = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [sku, location, qty] = line.split(';').map((s) => s.trim());
    const quantity = Number(qty);
    if (!SKU.test(sku ?? '') || !location || !Number.isInteger(quantity) || quantity < 0) {
      throw new Error(`stock export line ${index + 1}: cannot read "${line}"`);
    }
    out.push({ sku: await resolveSku(sku), location, quantity });
  }
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
