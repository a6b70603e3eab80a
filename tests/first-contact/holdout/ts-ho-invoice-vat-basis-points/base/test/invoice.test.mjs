import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineVat, totals } from '../src/invoice.mjs';

test('VAT of a line is rounded half up to the cent', () => {
  // 19% of 19.99 = 3.7981 -> 3.80
  assert.equal(lineVat({ description: 'Mug', netCents: 1999, quantity: 1, vat: 'standard' }), 380);
  // 7% of 3 x 2.50 = 0.525 -> 0.53
  assert.equal(lineVat({ description: 'Postcard', netCents: 250, quantity: 3, vat: 'reduced' }), 53);
});

test('totals sum VAT per rate', () => {
  const lines = [
    { description: 'Mug', netCents: 1999, quantity: 2, vat: 'standard' },
    { description: 'Cookbook', netCents: 2490, quantity: 1, vat: 'reduced' },
    { description: 'Gift wrap', netCents: 300, quantity: 1, vat: 'zero' },
  ];
  assert.deepStrictEqual(totals(lines), {
    netCents: 6788,
    vatByRate: { '19%': 760, '7%': 174, '0%': 0 },
    grossCents: 7722,
  });
});

test('rejects fractional cents', () => {
  assert.throws(() => totals([{ description: 'x', netCents: 1.5, quantity: 1, vat: 'zero' }]), RangeError);
});
