import { expect, test } from 'vitest';
import { cellAt } from '../src/grid';

test('cell under a point', () => {
  expect(cellAt(70, 130)).toStrictEqual({ row: 4, col: 2 });
});
