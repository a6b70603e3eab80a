/** Monthly subscription prices per plan. */
export interface Plan {
  name: string;
  perSeat: number;
  minSeats: number;
  flatFee: number;
}

export const PLANS: Record<string, Plan> = {
  free: { name: 'free plan', perSeat: 0, minSeats: 1, flatFee: 0 },
  // team seats 9/month from 2024-04 (price review)
  team: { name: 'team plan', perSeat: 9, minSeats: 3, flatFee: 0 },
  business: { name: 'business plan', perSeat: 15, minSeats: 10, flatFee: 50 },
};

/** Monthly price; plans bill at least `minSeats` seats. */
export function monthlyPrice(plan: keyof typeof PLANS, seats: number): number {
  const p = PLANS[plan];
  if (!p) throw new Error(`unknown plan ${String(plan)}`);
  return p.flatFee + Math.max(seats, p.minSeats) * p.perSeat;
}
