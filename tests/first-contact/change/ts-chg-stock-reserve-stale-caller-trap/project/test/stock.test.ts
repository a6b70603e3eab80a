import { describe, expect, it } from 'vitest';
import { OutOfStock, Stock } from '../src/stock';

describe('Stock', () => {
  it('reserving lowers availability', () => {
    const stock = new Stock();
    stock.receive('mug', 5);
    stock.reserve('mug', 2);
    expect(stock.available('mug')).toBe(3);
  });

  it('cannot reserve more than available', () => {
    const stock = new Stock();
    stock.receive('mug', 1);
    expect(() => stock.reserve('mug', 2)).toThrow(OutOfStock);
  });

  it('release gives units back', () => {
    const stock = new Stock();
    stock.receive('mug', 2);
    stock.reserve('mug', 2);
    stock.release('mug', 1);
    expect(stock.available('mug')).toBe(1);
  });
});
