import { expect, test } from 'vitest';
import { toDto } from '../src/users';

test('maps a row without a name', () => {
  expect(toDto({ id: 3, email: 'Grace@Navy.mil', name: null, created: '2023-11-02T08:00:00Z' })).toStrictEqual({
    id: 3,
    email: 'grace@navy.mil',
    displayName: 'Grace',
    role: 'member',
    memberSince: '2023-11-02',
  });
});

test('keeps an explicit admin role', () => {
  expect(toDto({ id: 1, email: 'a@b.c', name: 'Ann', role: 'admin', created: '2020-01-01' }).role).toBe('admin');
});
