/** Late fees for overdue library loans, in euros. Weekends count; the cap is per loan. */
export const DAILY_FEE = 0.3;
export const FEE_CAP = 10;
const DAY_MS = 86_400_000;

export function daysOverdue(due: Date, returned: Date): number {
  return Math.max(0, Math.floor((returned.getTime() - due.getTime()) / DAY_MS));
}

export function lateFee(due: Date, returned: Date): number {
  const fee = daysOverdue(due, returned) * DAILY_FEE;
  return Math.min(FEE_CAP, Math.round(fee * 100) / 100);
}
