import { describe, expect, it } from 'vitest';
import { createSession, isExpired, live } from '../src/session';

const T0 = Date.UTC(2024, 2, 9, 12, 0, 0);

describe('isExpired', () => {
  it('is false during the TTL', () => {
    expect(isExpired(createSession('a', 1, T0), T0 + 60_000)).toBe(false);
  });

  it('is true after the TTL', () => {
    expect(isExpired(createSession('a', 1, T0), T0 + 31 * 60_000)).toBe(true);
  });
});

it('live keeps fresh sessions only', () => {
  const sessions = [createSession('old', 1, T0 - 3_600_000), createSession('new', 2, T0)];
  expect(live(sessions, T0 + 1000).map((s) => s.id)).toEqual(['new']);
});
