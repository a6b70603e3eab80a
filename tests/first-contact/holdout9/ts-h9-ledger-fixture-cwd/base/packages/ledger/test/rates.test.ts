import { describe, expect, test } from 'vitest';
import { convert, parseRates, RateError } from '../src/rates';
import { loadFixture } from './load-fixture';

describe('parseRates', () => {
  test('keeps the latest day of the bank export', () => {
    const table = parseRates(loadFixture('rates.csv'));
    expect(table.date).toBe('2024-05-03');
    expect(Object.fromEntries(table.perEur)).toEqual({ EUR: 1, USD: 1.0765, GBP: 0.857, CHF: 0.9751 });
  });

  test('rejects an export with another header', () => {
    expect(() => parseRates(loadFixture('wrong-header.csv'))).toThrow(RateError);
  });

  test('reports the line of a bad row', () => {
    expect(() => parseRates('date,currency,per_eur\n2024-05-03,usd,1.07')).toThrow('bad row 2');
  });
});

describe('convert', () => {
  const table = parseRates(loadFixture('rates.csv'));

  test.each([
    [10_000, 'EUR', 'USD', 10_765],
    [10_765, 'USD', 'EUR', 10_000],
    [5_000, 'GBP', 'CHF', 5_689],
    [-250, 'EUR', 'GBP', -214],
  ])('%i %s -> %s', (cents, from, to, expected) => {
    expect(convert(table, cents, from, to)).toBe(expected);
  });

  test('unknown currency', () => {
    expect(() => convert(table, 100, 'EUR', 'JPY')).toThrow('no rate for JPY on 2024-05-03');
  });
});
