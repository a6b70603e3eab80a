/** Hotel booking quotes. */
export interface BookingRequest {
  nights: number;
  guests: number;
  room?: 'single' | 'double' | 'suite';
  breakfast?: boolean;
}

const NIGHTLY: Record<string, number> = { single: 80, double: 120, suite: 260 };

/** Price of a stay in euros: nightly rate, plus breakfast per guest per night. */
export function quote(request: BookingRequest): number {
  const rate = NIGHTLY[request.room ?? 'double'];
  const breakfast = request.breakfast ? 15 * request.guests * request.nights : 0;
  return rate * request.nights + breakfast;
}
