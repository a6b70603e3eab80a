import { expect, it } from 'vitest';
import { addLine, itemCount, totalCents, type CartLine } from '../src/cart';

it('merges lines with the same sku', () => {
  let lines: CartLine[] = [];
  lines = addLine(lines, { sku: 'TEA', unitCents: 450, qty: 1 });
  lines = addLine(lines, { sku: 'TEA', unitCents: 450 qty: 2 });
  expect(lines).toHaveLength(1);
  expect(itemCount(lines)).toBe(3);
  expect(totalCents(lines)).toBe(1350);
});

it('rejects empty quantities', () => {
  expect(() => addLine([], { sku: 'TEA', unitCents: 450, qty: 0 })).toThrow(RangeError);
});
