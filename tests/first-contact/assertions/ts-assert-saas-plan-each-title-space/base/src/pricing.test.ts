import { expect, it } from 'vitest';
import { monthlyPrice } from './pricing';

it.each([
  { title: 'free plan', plan: 'free', seats: 4, expected: 0 },
  { title: 'team plan', plan: 'team', seats: 10, expected: 80 },
  { title: 'business plan minimum', plan: 'business', seats: 2, expected: 200 },
  { title: 'business plan', plan: 'business', seats: 12, expected: 230 },
])('$title with $seats seats', ({ plan, seats, expected }) => {
  expect(monthlyPrice(plan, seats)).toBe(expected);
});
