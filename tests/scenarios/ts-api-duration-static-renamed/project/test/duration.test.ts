import { expect, it } from 'vitest';
import { Duration } from '../src/duration';

it('adds durations', () => {
  const total = Duration.fromHours(1).plus(Duration.fromMinutes(30));
  expect(total.toString()).toBe('1h 30m');
});

it('formats short durations in minutes', () => {
  expect(Duration.fromMinutes(45).toString()).toBe('45m');
});
