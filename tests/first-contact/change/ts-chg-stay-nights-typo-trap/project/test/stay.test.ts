import { describe, expect, it } from 'vitest';
import { stayPrice } from '../src/stay.js';

describe('stayPrice', () => {
  it('charges per night', () => {
    expect(stayPrice({ nightlyCents: 9000, nights: 3 })).toBe(27000);
  });

  it('charges extra guests per night', () => {
    expect(stayPrice({ nightlyCents: 9000, nights: 2, guests: 3 })).toBe(24000);
  });

  it('rejects an empty stay', () => {
    expect(() => stayPrice({ nightlyCents: 9000, nights: 0 })).toThrow(RangeError);
  });
});
