import { describe, it, expect, beforeEach } from 'vitest';
import { Cart } from '../src/cart';

describe('Cart', () => {
  let cart: Cart;

  beforeEach(() => {
    cart = new Cart();
    cart.add('MUG-1', 'Mug', 10, 2);
    cart.add('PEN-4', 'Pen', 5.5, 4);
  });

  it('adds up the total', () => {
    expect(cart.total()).toBe(42);
  });

  it('prices each line', () => {
    expect(cart.lineTotals()).toEqual([20, 22]);
  });

  it('merges repeated SKUs regardless of case', () => {
    cart.add('mug-1', 'Mug', 10);
    expect(cart.itemCount()).toBe(7);
  });

  it('removes a line', () => {
    expect(cart.remove('PEN-4')).toBe(true);
    expect(cart.itemCount()).toBe(2);
  });

  it('finds a line by SKU', () => {
    cart.add('SKU-9', 'Mug', 12);
    expect(cart.find('SKU-9')?.name).toBe('Mug');
  });

  it('rejects fractional quantities', () => {
    expect(() => cart.add('TEE-2', 'T-shirt', 15, 1.5)).toThrow(RangeError);
  });
});
