export const FREE_MINUTES = 15;
export const HOURLY_CENTS = 300;
export const CAP_CENTS = 2000;
export const MAX_STAY_MINUTES = 24 * 60;

/**
 * Fee in cents for a stay of `minutes`: the first FREE_MINUTES are free, then
 * HOURLY_CENTS for each started hour, capped at CAP_CENTS.
 */
export function parkingFee(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError(`minutes must be a non-negative integer`);
  if (minutes > MAX_STAY_MINUTES) throw new RangeError(`stays over 24 h are billed at the office`);
  if (minutes <= FREE_MINUTES) return 0;
  const hours = Math.ceil((minutes - FREE_MINUTES) / 60);
  return Math.min(hours * HOURLY_CENTS, CAP_CENTS);
}

/** Text for the exit terminal, e.g. "1 h 15 min: €3.00". */
export function receiptLine(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const stay = h ? `${h} h ${m} min` : `${m} min`;
  return `${stay}: €${(parkingFee(minutes) / 100).toFixed(2)}`;
}
