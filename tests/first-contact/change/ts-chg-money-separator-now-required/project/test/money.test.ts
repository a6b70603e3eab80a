import { describe, expect, it } from 'vitest';
import { formatAmount } from '../src/money';

describe('formatAmount', () => {
  it('groups thousands', () => {
    expect(formatAmount(123456789, '$')).toBe('$1,234,567.89');
  });

  it('pads cents', () => {
    expect(formatAmount(1205, '£')).toBe('£12.05');
  });

  it('formats negatives', () => {
    expect(formatAmount(-50, '$')).toBe('-$0.50');
  });

  it('supports a comma separator', () => {
    expect(formatAmount(123456, '€', ',')).toBe('€1.234,56');
  });
});
