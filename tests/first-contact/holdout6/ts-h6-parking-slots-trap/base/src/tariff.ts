/** Car park tariff. Amounts in integer cents, durations in whole minutes. */

/** Stays up to this long are free. */
export const GRACE_MIN = 10;
/** Length of one charged slot. */
export const SLOT_MIN = 30;
/** Price of one slot. */
export const SLOT_CENTS = 150;

/**
 * Number of slots charged for a stay. Stays within the grace period are free; otherwise
 * every started half hour counts as a full slot (README, "Tariff").
 */
export function chargedSlots(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < 0) {
    throw new RangeError(`duration must be whole minutes >= 0, got ${minutes}`);
  }
  if (minutes <= GRACE_MIN) return 0;
  return Math.ceil(minutes / SLOT_MIN);
}

/** Fee for a stay of `minutes`. */
export function parkingFee(minutes: number): number {
  return chargedSlots(minutes) * SLOT_CENTS;
}

/** Minutes between two ISO timestamps, started minutes counted in full. */
export function stayMinutes(entry: string, exit: string): number {
  const ms = Date.parse(exit) - Date.parse(entry);
  if (!(ms >= 0)) throw new RangeError(`exit ${exit} is before entry ${entry}`);
  return Math.ceil(ms / 60_000);
}
