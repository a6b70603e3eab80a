import { expect, test } from 'vitest';
import { checkPassword } from '../src/policy';

test('short passwords are rejected', () => {
  expect(() => checkPassword('abc', 'kim@example.com')).toThrow('Password must be at least 8 characters');
});

test('e-mail name is rejected', () => {
  expect(() => checkPassword('hello-kim-2024-xyz', 'kim@example.com')).toThrow('e-mail name');
});

test('a long passphrase passes', () => {
  expect(() => checkPassword('correct horse battery staple', 'kim@example.com')).not.toThrow();
});
