import { describe, expect, test } from 'vitest';
import { orderShipping, shippingFee, FREE_SHIPPING_THRESHOLD } from '../src/shipping';
import { eur, parcel } from './helpers';

describe('shippingFee', () => {
  test.each([
    { name: 'light domestic letter', p: parcel(0.2), expected: '5.10' },
    { name: 'domestic exactly 1 kg', p: parcel(1), expected: '5.70' },
    { name: 'domestic 1.2 kg', p: parcel(1.2), expected: '6.30' },
    { name: 'eu 2.3 kg', p: parcel(2.3, 'eu'), expected: '16.75' },
    { name: 'eu 2.5 kg', p: parcel(2.5, 'eu'), expected: '16.75' },
    { name: 'world 0.7 kg', p: parcel(0.7, 'world'), expected: '22.20' },
    { name: 'world express 4.1 kg', p: parcel(4.1, 'world', true), expected: '59.25' },
    { name: 'domestic express 3 kg', p: parcel(3, 'domestic', true), expected: '10.13' },
  ])('$name', ({ p, expected }) => {
    expect(eur(shippingFee(p))).toBe(expected);
  });

  test('free domestic shipping over the threshold', () => {
    expect(shippingFee(parcel(3), FREE_SHIPPING_THRESHOLD)).toBe(0);
    expect(shippingFee(parcel(3, 'domestic', true), FREE_SHIPPING_THRESHOLD)).toBeGreaterThan(0);
    expect(shippingFee(parcel(3, 'eu'), FREE_SHIPPING_THRESHOLD)).toBeGreaterThan(0);
  });

  test('rejects non-positive weights', () => {
    expect(() => shippingFee(parcel(0))).toThrow('invalid parcel weight: 0');
    expect(() => shippingFee(parcel(Number.NaN))).toThrow(RangeError);
  });
});

describe('orderShipping', () => {
  test('sums parcels of one order', () => {
    const parcels = [parcel(1.2), parcel(2.3, 'eu')];
    expect(eur(orderShipping(parcels))).toBe('23.05');
  });
});
