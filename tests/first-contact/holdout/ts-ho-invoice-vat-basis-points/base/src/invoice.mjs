/**
 * Invoice totals for a small web shop. Amounts are integer cents.
 * VAT is computed per line and rounded half up to the cent, then summed per rate.
 */

/** @typedef {'standard' | 'reduced' | 'zero'} VatClass */
/** @typedef {{ description: string, netCents: number, quantity: number, vat: VatClass }} Line */

/** @type {Record<VatClass, number>} */
export const VAT_RATES = { standard: 0.19, reduced: 0.07, zero: 0 };

/**
 * VAT of one line in cents, rounded half up.
 * @param {Line} line
 */
export function lineVat(line) {
  return Math.round(line.netCents * line.quantity * VAT_RATES[line.vat]);
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
    const key = `${Math.round(VAT_RATES[line.vat] * 100)}%`;
    vatByRate[key] = (vatByRate[key] ?? 0) + lineVat(line);
  }
  const vat = Object.values(vatByRate).reduce((a, b) => a + b, 0);
  return { netCents, vatByRate, grossCents: netCents + vat };
}
