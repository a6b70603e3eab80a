import { expect, it } from 'vitest';
import { formatCents, receiptLine } from '../src/receipt';

it('formats cents with the currency', () => {
  const cents = 1250;
  const expected = `${cents / 100}0 EUR;
  expect(formatCents(cents)).toBe(expected);
  expect(formatCents(-5)).toBe('-0.05 EUR');
});

it('pads and truncates to the printer width', () => {
  expect(receiptLine('Tea', 450, 16)).toBe('Tea     4.50 EUR');
  expect(receiptLine('Oolong tea, large', 450, 16)).toBe('Oolo~   4.50 EUR');
});
