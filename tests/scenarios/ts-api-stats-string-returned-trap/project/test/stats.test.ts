import { expect, it } from 'vitest';
import { mean, spread } from '../src/stats';

it('averages', () => {
  expect(mean([1, 2]).toFixed(1)).toBe('1.5');
});

it('spreads', () => {
  expect(spread([3, 9, 4])).toBe(6);
});
