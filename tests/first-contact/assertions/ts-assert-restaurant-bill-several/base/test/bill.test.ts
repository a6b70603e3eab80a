import { describe, expect, it } from 'vitest';
import { bill, printLine } from '../src/bill';

describe('bill', () => {
  it('adds service and splits it', () => {
    const b = bill([18.5, 22, 9.5], 2);
    expect(b.food).toBe(50);
    expect(b.service).toBe(5);
    expect(b.total).toBe(55);
    expect(b.perPerson).toBe(27.5);
    expect(printLine(b)).toBe('Food 50.00 + service 5.00 = 55.00');
  });

  it('needs a guest', () => {
    expect(() => bill([1], 0)).toThrow(RangeError);
  });
});
