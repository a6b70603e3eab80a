/** Loyalty tiers of the coffee-shop app. */
export type Tier = "green" | "silver" | "gold" | "platinum";

interface TierRule {
  tier: Tier;
  /** Smallest point balance that earns the tier. */
  min: number;
  /** Discount on every drink, in percent. */
  discount: number;
}

/** Highest tier first; a member is in the first tier whose `min` they reach. */
export const TIERS: readonly TierRule[] = [
  { tier: "platinum", min: 5000, discount: 15 },
  { tier: "gold", min: 1000, discount: 10 },
  { tier: "silver", min: 250, discount: 5 },
  { tier: "green", min: 0, discount: 0 },
];

/**
 * The tier for a member's point balance: at least 250 points is silver, at least 1000 gold,
 * at least 5000 platinum; below that green.
 */
export function tierFor(points: number): Tier {
  if (!Number.isFinite(points) || points < 0) throw new RangeError(`invalid point balance ${points}`);
  return (TIERS.find((rule) => points > rule.min) ?? TIERS[TIERS.length - 1]).tier;
}

/** Discount on every drink per tier, in percent. */
export const DISCOUNT = Object.fromEntries(TIERS.map((r) => [r.tier, r.discount])) as Record<Tier, number>;

/** Price of a drink for a member in cents, the discount rounded in the customer's favour. */
export function memberPrice(listCents: number, points: number): number {
  const discount = DISCOUNT[tierFor(points)];
  return listCents - Math.ceil((listCents * discount) / 100);
}
