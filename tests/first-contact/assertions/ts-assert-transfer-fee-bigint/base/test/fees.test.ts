import { describe, expect, it } from 'vitest';
import { netAmount, transferFee } from '../src/fees';

describe('transferFee', () => {
  it('charges basis points on large transfers', () => {
    expect(transferFee(1_000_000n)).toBe(BigInt(2500));
  });

  it('has a minimum', () => {
    expect(transferFee(1_000n)).toBe(50n);
  });

  it('subtracts the minimum fee for small amounts', () => {
    expect(netAmount(10_000n)).toBe(9_950n);
  });
});
