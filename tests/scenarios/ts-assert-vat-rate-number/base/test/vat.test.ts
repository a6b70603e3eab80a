import { describe, expect, it } from 'vitest';
import { grossCents, vatCents } from '../src/vat';

describe('vat', () => {
  it('adds VAT to the net amount', () => {
    expect(grossCents(1000)).toBe(1200);
  });

  it('is zero on zero', () => {
    expect(vatCents(0)).toBe(0);
  });
});
