import { expect, test } from 'vitest';
import { symbolFor } from '../src/currency';

test('lowercase codes work', () => {
  expect(symbolFor('eur')).toBe('€');
});
