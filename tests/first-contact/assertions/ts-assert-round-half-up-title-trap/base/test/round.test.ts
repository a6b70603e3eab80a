import { describe, expect, test } from 'vitest';
import { formatMoney, roundMoney } from '../src/round';

describe('roundMoney', () => {
  test('rounds 1.005 up to 1.01', () => {
    expect(roundMoney(1.005)).toBe(1.01);
  });

  test('keeps whole cents', () => {
    expect(roundMoney(2.5)).toBe(2.5);
  });

  test('formats', () => {
    expect(formatMoney(3)).toBe('3.00 EUR');
  });
});
