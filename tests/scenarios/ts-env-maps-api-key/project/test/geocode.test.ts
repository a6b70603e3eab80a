import { describe, expect, it } from 'vitest';
import { geocodeRequest } from '../src/geocode';

describe('geocodeRequest', () => {
  it('encodes the address', () => {
    expect(geocodeRequest(' 10 Downing St ').url).toBe('https://maps.example/api/geocode?q=10%20Downing%20St');
  });

  it('rejects blank addresses', () => {
    expect(() => geocodeRequest('  ')).toThrow('address is empty');
  });
});
