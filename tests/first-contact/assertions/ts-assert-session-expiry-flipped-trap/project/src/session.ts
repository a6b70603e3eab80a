/** Server-side session records. */
export interface Session {
  id: string;
  userId: number;
  expiresAt: number; // epoch ms
}

export const TTL_MS = 30 * 60 * 1000;

export function createSession(id: string, userId: number, now: number): Session {
  return { id, userId, expiresAt: now + TTL_MS };
}

/** A session is expired once `now` has passed its expiry time. */
export function isExpired({ expiresAt }: Session, now: number): boolean {
  return now < expiresAt;
}

/** Sessions still valid at `now`. */
export function live(sessions: Session[], now: number): Session[] {
  return sessions.filter((s) => !isExpired(s, now));
}
