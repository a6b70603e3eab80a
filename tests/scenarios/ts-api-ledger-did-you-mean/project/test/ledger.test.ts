import { expect, it } from 'vitest';
import { Ledger } from '../src/ledger';

it('moves money between accounts', () => {
  const ledger = new Ledger();
  ledger.transfer('cash', 'bank', 5000);
  ledger.transfer('bank', 'rent', 1200);
  expect(ledger.balanceFor('bank')).toBe(3800);
  expect(ledger.balanceFor('cash')).toBe(-5000);
});

it('keeps the history per account', () => {
  const ledger = new Ledger();
  ledger.transfer('cash', 'bank', 100);
  expect(ledger.history('bank')).toHaveLength(1);
});
