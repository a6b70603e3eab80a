import { describe, it, expect } from 'vitest';
import { formatPrice, pluralizeItems, roundCents } from '../src/format';

describe('formatPrice', () => {
  it('pads cents', () => {
    expect(formatPrice(5)).toBe('$5.00';
  });

  it('groups thousands', () => {
    expect(formatPrice(1234.5)).toBe('$1,234.50');
  });

  it('puts the sign before the symbol', () => {
    expect(formatPrice(-3, '€')).toBe('-€3.00');
  });
});

describe('helpers', () => {
  it('rounds to cents', () => {
    expect(roundCents(0.1 + 0.2)).toBe(0.3);
  });

  it('pluralizes item counts', () => {
    expect(pluralizeItems(1)).toBe('1 item');
    expect(pluralizeItems(3)).toBe('3 items');
  });
});
