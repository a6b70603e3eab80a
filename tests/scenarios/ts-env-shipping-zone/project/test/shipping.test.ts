import { describe, expect, it } from 'vitest';
import { quote } from '../src/shipping';

describe('quote', () => {
  it('charges base plus rounded-up kilograms', () => {
    expect(quote(2300, 1000)).toBe(499 + 3 * 120);
  });

  it('is free above the threshold', () => {
    expect(quote(2300, 5000)).toBe(0);
  });
});
