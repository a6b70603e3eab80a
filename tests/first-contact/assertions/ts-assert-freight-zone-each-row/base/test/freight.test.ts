import { describe, expect, test } from 'vitest';
import { freight } from '../src/freight';

describe('freight', () => {
  test.each([
    ['domestic', 1, 3.1],
    ['domestic', 2.2, 4.3],
    ['EU', 3, 9.6],
    ['world', 0.4, 12.5],
  ] as const)('%s parcel of %f kg costs %f', (zone, kg, expected) => {
    expect(freight(zone, kg)).toBe(expected);
  });

  test('rejects zero weight', () => {
    expect(() => freight('EU', 0)).toThrow(RangeError);
  });
});
