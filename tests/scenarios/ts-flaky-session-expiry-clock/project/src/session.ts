/** Login sessions with a sliding expiry. */
export const SESSION_TTL_MS = 30 * 60 * 1000;

export interface Session {
  user: string;
  token: string;
  expiresAt: number;
}

function makeToken(user: string, issuedAt: number): string {
  // A deliberately slow, deterministic digest (stands in for a key-derivation step).
  let h = 2166136261;
  for (let round = 0; round < 400_000; round++) {
    h ^= (user.charCodeAt(round % user.length) + issuedAt + round) & 0xff;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A new session that expires SESSION_TTL_MS from now. */
export function createSession(user: string): Session {
  const issuedAt = Date.now();
  return { user, token: makeToken(user, issuedAt), expiresAt: issuedAt + SESSION_TTL_MS };
}

export function isExpired(session: Session, now: number = Date.now()): boolean {
  return now >= session.expiresAt;
}
