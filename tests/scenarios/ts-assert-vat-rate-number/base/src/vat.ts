/** VAT for the invoicing service, in integer cents. */
export const VAT_PERCENT = 20;

/** VAT on a net amount, rounded half up to the cent. */
export function vatCents(netCents: number): number {
  if (netCents < 0) throw new RangeError('net amount must not be negative');
  return Math.round((netCents * VAT_PERCENT) / 100);
}

/** Gross = net + VAT. */
export function grossCents(netCents: number): number {
  return netCents + vatCents(netCents);
}
