import { expect, it } from 'vitest';
import { formatPrice } from '../src/money';

it('pads cents', () => {
  expect(formatPrice(705).endsWith('7.05 EUR')).toBe(true);
});

it('keeps the sign', () => {
  expect(formatPrice(-50).startsWith('-0.50')).toBe(true);
});
