/**
 * Feature flags with percentage rollouts. A user lands in the same bucket for a flag on every request
 * (the bucket is a hash of flag name and user id), so a rollout only ever grows.
 */
export interface Flag {
  name: string;
  /** Share of users who see the feature, 0..100. */
  rolloutPercent: number;
  /** Users who always see it (staff, beta testers). */
  allow?: readonly string[];
}

const FLAGS = new Map<string, Flag>([
  ["new-checkout", { name: "new-checkout", rolloutPercent: 10, allow: ["staff-ana"] }],
  ["dark-mode", { name: "dark-mode", rolloutPercent: 100 }],
  ["gift-cards", { name: "gift-cards", rolloutPercent: 0 }],
]);

/** 0..99, stable for a flag and user (FNV-1a). */
export function bucket(flag: string, userId: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${flag}:${userId}`) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 100;
}

export function isEnabled(name: string, userId: string): boolean {
  const flag = FLAGS.get(name);
  if (!flag) return false;
  if (flag.allow?.includes(userId)) return true;
  return bucket(name, userId) < flag.rolloutPercent;
}
