import { expect, test } from 'vitest';
import { daysLeft, trialEnd } from '../src/trial';

test('trial ends at midnight UTC', () => {
  expect(trialEnd(new Date('2024-03-01T17:45:00Z'))).toEqual(new Date('2024-03-15T00:00:00.000Z'));
});

test('no days left after the end', () => {
  expect(daysLeft(new Date('2024-01-01T00:00:00Z'), new Date('2024-06-01T00:00:00Z'))).toBe(0);
});
