import { expect, it } from 'vitest';
import { quote } from '../src/booking';

it('prices a suite with breakfast', () => {
  expect(quote({ nights: 2, guests: 2, room: 'suite', breakfast: true })).toBe(580);
});

it('defaults to a double room', () => {
  expect(quote({ nights: 3, guests: 1 })).toBe(360);
});
