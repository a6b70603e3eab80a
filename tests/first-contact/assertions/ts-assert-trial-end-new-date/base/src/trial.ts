/** Free-trial bookkeeping for new workspaces. */
export const TRIAL_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC of the day `signup` happened. */
export function startOfUtcDay(signup: Date): Date {
  return new Date(Date.UTC(signup.getUTCFullYear(), signup.getUTCMonth(), signup.getUTCDate()));
}

/** The trial ends TRIAL_DAYS after the signup day, at midnight UTC. */
export function trialEnd(signup: Date): Date {
  return new Date(startOfUtcDay(signup).getTime() + TRIAL_DAYS * DAY_MS);
}

/** Whole days left in the trial at `now` (never negative). */
export function daysLeft(signup: Date, now: Date): number {
  return Math.max(0, Math.ceil((trialEnd(signup).getTime() - now.getTime()) / DAY_MS));
}
