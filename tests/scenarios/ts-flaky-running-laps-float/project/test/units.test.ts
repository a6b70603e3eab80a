import { expect, test } from 'vitest';
import { lapsDistance, pace } from '../src/units';

test('three laps of 1.1 km', () => {
  expect(lapsDistance(1.1, 3)).toEqual(3.3);
});

test('pace rejects zero distance', () => {
  expect(() => pace(30, 0)).toThrow(RangeError);
});
