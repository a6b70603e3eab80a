import { expect, it } from 'vitest';
import { available, reserve } from '../src/inventory';

it('reserving lowers availability', () => {
  const stock = reserve({ onHand: 10, reserved: 2 }, 3);
  expect(available(stock)).toBe(5);
});

it('refuses to over-reserve', () => {
  expect(() => reserve({ onHand: 1, reserved: 0 }, 2)).toThrow('only 1 available');
});
