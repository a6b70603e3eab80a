/** Card processing fee taken from every sale (fraction). */
export const PLATFORM_FEE_RATE = 0.029; // pricing sheet 2024
/** Fixed fee per transaction, in cents. */
export const FIXED_FEE_CENTS = 30;

/** Fee for one sale of `cents`, rounded half-up to a cent. */
export function feeCents(cents: number): number {
  if (!Number.isInteger(cents) || cents <= 0) throw new RangeError('sale must be a positive whole number of cents');
  return Math.round(cents * PLATFORM_FEE_RATE) + FIXED_FEE_CENTS;
}

/** What the seller receives for a list of sales. */
export function payoutCents(sales: number[]): number {
  return sales.reduce((sum, c) => sum + c - feeCents(c), 0);
}
