import { describe, expect, it } from 'vitest';
import { cartTotal, compact } from '../src/cart';

describe('cart', () => {
  it('adds small prices', () => {
    const total = cartTotal([
      { sku: 'sticker', price: 0.1, qty: 1 },
      { sku: 'pin', price: 0.2, qty: 1 },
    ]);
    expect(total).toBe(0.3);
  });

  it('drops empty lines', () => {
    expect(compact([{ sku: 'a', price: 1, qty: 0 }])).toEqual([]);
  });
});
