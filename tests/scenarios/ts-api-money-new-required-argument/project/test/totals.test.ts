import { expect, it } from 'vitest';
import { formatPrice, sumCents } from '../src/money';

it('formats a basket total', () => {
  expect(formatPrice(sumCents([199, 250]))).toBe('4.49');
});
