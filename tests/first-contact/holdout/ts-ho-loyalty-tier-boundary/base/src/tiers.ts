/** Loyalty tiers of the coffee-shop app. */
export type Tier = "green" | "silver" | "gold" | "platinum";

/** Discount on every drink per tier, in percent. */
export const DISCOUNT: Record<Tier, number> = { green: 0, silver: 5, gold: 10, platinum: 15 };

/**
 * The tier for a member's point balance: at least 250 points is silver, at least 1000 gold,
 * at least 5000 platinum; below that green.
 */
export function tierFor(points: number): Tier {
  if (!Number.isFinite(points) || points < 0) throw new RangeError(`invalid point balance ${points}`);
  if (points >= 5000) return "platinum";
  if (points >= 1000) return "gold";
  if (points >= 250) return "silver";
  return "green";
}

/** Price of a drink for a member in cents, the discount rounded in the customer's favour. */
export function memberPrice(listCents: number, points: number): number {
  const discount = DISCOUNT[tierFor(points)];
  return listCents - Math.ceil((listCents * discount) / 100);
}
