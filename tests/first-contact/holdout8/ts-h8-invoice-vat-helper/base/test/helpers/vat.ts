/**
 * Expected VAT, worked out independently of src/ so that a rate change in the
 * code has to be confirmed here as well.
 */
export const RATES = { standard: 0.2, reduced: 0.1, zero: 0 } as const;

export type Rate = keyof typeof RATES;

/** Tax on a net amount in cents, rounded half up. */
export const taxOn = (netCents: number, rate: Rate): number => Math.round(netCents * RATES[rate]);

/** Net plus tax. */
export const gross = (netCents: number, rate: Rate): number => netCents + taxOn(netCents, rate);

export const percent = (rate: Rate): string => `${Math.round(RATES[rate] * 100)}%`;
