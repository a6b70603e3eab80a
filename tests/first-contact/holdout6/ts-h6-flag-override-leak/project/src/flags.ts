/**
 * Feature flags for the storefront.
 *
 * A flag is on or off by default, may be rolled out to a percentage of users, and can be
 * forced on or off with an override (support tooling, incident kill switches, tests).
 * Overrides are process-wide: tests that set one must call resetOverrides() afterwards.
 */

export interface FlagSpec {
  default: boolean;
  /** 0-100: share of users who get the flag when the default is off. */
  rollout?: number;
}

export const FLAGS = {
  wishlist: { default: true },
  giftWrap: { default: false },
  oneClickReorder: { default: false, rollout: 25 },
  /** The rebuilt checkout; on for everyone, kept as a kill switch for incidents. */
  newCheckout: { default: true },
} satisfies Record<string, FlagSpec>;

export type FlagName = keyof typeof FLAGS;

const overrides = new Map<FlagName, boolean>();

/** Force a flag on or off for the whole process until resetOverrides(). */
export function setOverride(name: FlagName, value: boolean): void {
  overrides.set(name, value);
}

/** Drop every override. */
export function resetOverrides(): void {
  overrides.clear();
}

/** Stable bucket 0-99 for a user id (FNV-1a). */
export function bucket(userId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) {
    h ^= userId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 100;
}

/** Is `name` on for this user? Override > default on > rollout bucket. */
export function isEnabled(name: FlagName, userId?: string): boolean {
  const forced = overrides.get(name);
  if (forced !== undefined) return forced;
  const spec: FlagSpec = FLAGS[name];
  if (spec.default) return true;
  if (spec.rollout === undefined || userId === undefined) return false;
  return bucket(userId) < spec.rollout;
}

/** Every flag's state for a user, for the client bootstrap payload. */
export function snapshot(userId?: string): Record<FlagName, boolean> {
  const out = {} as Record<FlagName, boolean>;
  for (const name of Object.keys(FLAGS) as FlagName[]) out[name] = isEnabled(name, userId);
  return out;
}
