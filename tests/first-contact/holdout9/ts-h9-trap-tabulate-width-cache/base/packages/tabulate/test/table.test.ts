import { describe, expect, test } from 'vitest';
import { columnWidths, renderTable } from '../src/table';
import { orders, refunds } from './fixtures';

describe('renderTable', () => {
  test('orders', () => {
    expect(renderTable(orders, { title: 'Orders this week' })).toMatchSnapshot();
  });

  test('refunds use their own column widths', () => {
    renderTable(orders);
    expect(renderTable(refunds, { title: 'Refunds' })).toMatchSnapshot();
  });

  test('picks and orders columns', () => {
    expect(renderTable(orders, { columns: ['qty', 'sku'] })).toMatchSnapshot();
  });

  test('empty input renders just the header', () => {
    expect(renderTable([], { columns: ['sku', 'qty'] })).toBe('sku | qty\n----+----');
  });
});

describe('columnWidths', () => {
  test('is the widest of header and cells', () => {
    expect(columnWidths(orders, ['sku', 'qty', 'total'])).toEqual([7, 3, 6]);
  });
});
