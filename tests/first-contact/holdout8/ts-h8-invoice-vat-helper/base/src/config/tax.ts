/** VAT rate names used on invoice lines. */
export type RateName = "standard" | "reduced" | "zero";

/**
 * VAT rates as fractions. Update together with the CHANGELOG when the tax
 * office announces a change.
 */
export const VAT_RATES: Readonly<Record<RateName, number>> = Object.freeze({
  standard: 0.2,
  reduced: 0.1,
  zero: 0,
});
