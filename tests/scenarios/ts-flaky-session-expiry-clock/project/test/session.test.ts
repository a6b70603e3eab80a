import { describe, expect, it } from 'vitest';
import { createSession, isExpired, SESSION_TTL_MS } from '../src/session';

describe('createSession', () => {
  it('expires thirty minutes from now', () => {
    const session = createSession('ana');
    expect(session.expiresAt).toBe(Date.now() + SESSION_TTL_MS);
  });

  it('is expired after the ttl', () => {
    const session = createSession('bo');
    expect(isExpired(session, session.expiresAt + 1)).toBe(true);
  });
});
