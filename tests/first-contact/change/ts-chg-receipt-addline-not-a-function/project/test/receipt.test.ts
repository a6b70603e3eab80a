import { describe, expect, it } from 'vitest';
import { Receipt } from '../src/receipt';

describe('Receipt', () => {
  it('prints aligned amounts and a total', () => {
    const receipt = new Receipt('Corner Deli');
    receipt.addLine('Bagel', 250);
    receipt.addLine('Coffee', 320);
    expect(receipt.print(20).split('\n')).toEqual([
      'Corner Deli',
      'Bagel           2.50',
      'Coffee          3.20',
      'TOTAL           5.70',
    ]);
  });

  it('truncates long labels', () => {
    const receipt = new Receipt('X');
    receipt.addLine('Extra large oat milk latte', 495);
    expect(receipt.print(16).split('\n')[1]).toBe('Extra large 4.95');
  });

  it('rejects an empty label', () => {
    expect(() => new Receipt('X').addLine('', 1)).toThrow('empty label');
  });
});
