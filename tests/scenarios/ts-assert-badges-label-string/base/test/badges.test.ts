import { expect, test } from 'vitest';
import { stockLabel } from '../src/badges';

test('low stock badge', () => {
  expect(stockLabel(3)).toBe('Low stock');
});

test('sold out', () => {
  expect(stockLabel(0)).toBe('Sold out');
});
