/** Car park tariff. Amounts in integer cents, durations in whole minutes. */

/** Stays up to this long are free. */
export const GRACE_MIN = 10;
/** Length of one charged slot. */
export const SLOT_MIN = 30;
/** Price of one slot. */
export const SLOT_CENTS = 150;
/** Most a single day (24 h) can cost. */
export const DAY_CAP_CENTS = 2400;

const DAY_MIN = 24 * 60;

/**
 * Number of slots charged for a stay. Stays within the grace period are free; otherwise
 * every started half hour counts as a full slot (README, "Tariff").
 */
export function chargedSlots(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < 0) {
    throw new RangeError(`duration must be whole minutes >= 0, got ${minutes}`);
  }
  if (minutes <= GRACE_MIN) return 0;
  return Math.round(minutes / SLOT_MIN);
}

/** Fee for a stay of `minutes`: DAY_CAP_CENTS per full day, the rest by the slot, capped per day. */
export function parkingFee(minutes: number): number {
  const days = Math.floor(minutes / DAY_MIN);
  const rest = minutes - days * DAY_MIN;
  return days * DAY_CAP_CENTS + Math.min(DAY_CAP_CENTS, chargedSlots(rest) * SLOT_CENTS);
}

/** Minutes between two ISO timestamps, started minutes counted in full. */
export function stayMinutes(entry: string, exit: string): number {
  const ms = Date.parse(exit) - Date.parse(entry);
  if (!(ms >= 0)) throw new RangeError(`exit ${exit} is before entry ${entry}`);
  return Math.ceil(ms / 60_000);
}
