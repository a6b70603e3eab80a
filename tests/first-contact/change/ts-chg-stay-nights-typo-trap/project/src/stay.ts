export interface StayRequest {
  /** Price of the room for one night, in cents. */
  nightlyCents: number;
  /** Number of nights booked (at least 1). */
  nights: number;
  /** Guests beyond the first pay `extraGuestCents` per night each. */
  guests?: number;
}

export const EXTRA_GUEST_CENTS = 1500;

/**
 * Total price of a stay in cents.
 *
 * @param req.nights number of nights booked
 * @example stayPrice({ nightlyCents: 9000, nights: 2 }) // 18000
 */
export function stayPrice(req: StayRequest): number {
  if (req.nights < 1) throw new RangeError('book at least one night');
  const guests = req.guests ?? 1;
  return req.nights * (req.nightlyCents + Math.max(0, guests - 1) * EXTRA_GUEST_CENTS);
}
