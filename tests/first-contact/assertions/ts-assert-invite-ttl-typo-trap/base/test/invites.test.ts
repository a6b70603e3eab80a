import { expect, test } from 'vitest';
import { createInvite, isValid } from '../src/invites';

const now = new Date('2024-03-09T10:00:00.000Z');

test('default invite lasts a week', () => {
  const invite = createInvite('Sam@Example.com', 't0k', now);
  expect(invite.expiresAt.toISOString()).toBe('2024-03-16T10:00:00.000Z');
});

test('invite is valid until it expires', () => {
  const invite = createInvite('sam@example.com', 't0k', now, 1);
  expect(isValid(invite, new Date('2024-03-10T09:59:00.000Z'))).toBe(true);
});
