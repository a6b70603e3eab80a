/**
 * Invoice totals for a small web shop. Amounts are integer cents.
 * VAT is computed per line and rounded half up to the cent, then summed per rate.
 */

/** @typedef {'standard' | 'reduced' | 'zero'} VatClass */
/** @typedef {{ description: string, netCents: number, quantity: number, vat: VatClass }} Line */

/**
 * VAT rates in basis points (1900 = 19%), so that all arithmetic stays in integers.
 * @type {Record<VatClass, number>}
 */
export const VAT_RATES_BP = { standard: 1900, reduced: 700, zero: 0 };

/**
 * VAT of one line in cents, rounded half up.
 * @param {Line} line
 */
export function lineVat(line) {
  const scaled = line.netCents * line.quantity * VAT_RATES_BP[line.vat];
  return Math.trunc(scaled / 10_000);
}

/**
 * @param {Line[]} lines
 * @returns {{ netCents: number, vatByRate: Record<string, number>, grossCents: number }}
 */
export function totals(lines) {
  let netCents = 0;
  /** @type {Record<string, number>} */
  const vatByRate = {};
  for (const line of lines) {
    if (!Number.isInteger(line.netCents) || line.quantity <= 0) throw new RangeError(`bad line "${line.description}"`);
    netCents += line.netCents * line.quantity;
    const key = `${VAT_RATES_BP[line.vat] / 100}%`;
    vatByRate[key] = (vatByRate[key] ?? 0) + lineVat(line);
  }
  const vat = Object.values(vatByRate).reduce((a, b) => a + b, 0);
  return { netCents, vatByRate, grossCents: netCents + vat };
}
