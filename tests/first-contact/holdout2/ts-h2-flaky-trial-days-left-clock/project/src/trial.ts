/** Free-trial state for the billing banner. */

const DAY_MS = 86_400_000;

export interface Account {
  plan: "trial" | "pro" | "team";
  /** End of the trial, as an ISO timestamp. Only meaningful for trial accounts. */
  trialEndsAt?: string;
}

/**
 * Whole days left in the trial, counted in UTC calendar days: a trial ending
 * later today has 0 days left, one ending tomorrow has 1. Never negative.
 */
export function daysLeft(account: Account, now: Date = new Date()): number {
  if (account.plan !== "trial" || !account.trialEndsAt) {
    return 0;
  }
  const end = new Date(account.trialEndsAt);
  const startOfDay = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return Math.max(0, Math.round((startOfDay(end) - startOfDay(now)) / DAY_MS));
}

/** Banner text, or null when no banner should show. */
export function bannerText(account: Account, now: Date = new Date()): string | null {
  if (account.plan !== "trial") {
    return null;
  }
  const left = daysLeft(account, now);
  if (left === 0) {
    return "Your trial ends today";
  }
  return left === 1 ? "1 day left in your trial" : `${left} days left in your trial`;
}
