/**
 * Transfer fees in minor units (cents) as bigint, so large treasury transfers never lose precision.
 * The fee is 30 basis points (pricing update 2024-03), at least 50 cents, rounded down.
 */
export const FEE_BPS = 30n;
export const MIN_FEE = 50n;

export function transferFee(amountCents: bigint): bigint {
  if (amountCents <= 0n) {
    throw new RangeError('amount must be positive');
  }
  const fee = (amountCents * FEE_BPS) / 10_000n;
  return fee < MIN_FEE ? MIN_FEE : fee;
}

/** Amount the recipient receives. */
export function netAmount(amountCents: bigint): bigint {
  return amountCents - transferFee(amountCents);
}
