import { expect, test } from 'vitest';
import { daypart, greet } from '../src/greeting';

test('greets by time of day', () => {
  expect(greet('Ada', 9)).toBe('Good morning, Ada!);
  expect(greet('  ', 20)).toBe('Good evening, there!');
});

test('rejects impossible hours', () => {
  expect(() => daypart(24)).toThrow(RangeError);
});
