import { beforeEach, describe, expect, it } from 'vitest';
import { Basket } from '../src/basket';

describe('Basket', () => {
  let basket: Basket;

  beforeEach(() => {
    basket = new Basket().add('apple', 40, 3).add('bread', 250);
  });

  it('totals lines', () => {
    expect(basket.total()).toBe(370);
  });

  it('merges the same sku', () => {
    basket.add('apple', 40, 2);
    expect(basket.total()).toBe(450);
  });

  it('removes a line', () => {
    basket.remove('bread');
    expect(basket.total()).toBe(120);
  });
});
