import { expect, it } from 'vitest';
import { ageOn } from '../src/age';

it('counts a birthday later in the same month', () => {
  expect(ageOn(new Date(2000, 5, 20), new Date(2024, 5, 10))).toBe(23);
});
