import { describe, expect, it } from 'vitest';
import { Cart } from '../src/cart';

describe('Cart', () => {
  it('merges lines for the same product', () => {
    const cart = new Cart();
    cart.addItem('tea', 450);
    cart.addItem('tea', 450, 2);
    expect(cart.size()).toBe(3);
  });

  it('totals in cents', () => {
    const cart = new Cart();
    cart.addItem('tea', 450, 2);
    cart.addItem('cup', 1200);
    expect(cart.totalCents()).toBe(2100);
  });
});
