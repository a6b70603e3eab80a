import { expect, it } from 'vitest';
import { renderReport } from '../src/report';

const rows = [{ month: 1, sales: 10 }, { month: 2, sales: 12 }];

it('renders csv with a header', () => {
  expect(renderReport(rows, 'csv', true)).toBe('month,sales\n1,10\n2,12');
});

it('renders csv without a header', () => {
  expect(renderReport(rows, 'csv', false)).toBe('1,10\n2,12');
});
