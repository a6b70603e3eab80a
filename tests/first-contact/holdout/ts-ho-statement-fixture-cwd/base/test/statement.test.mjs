import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseStatement, summary } from '../src/statement.mjs';

const march = readFileSync('fixtures/march.csv', 'utf8');

describe('parseStatement', () => {
  it('reads the March export', () => {
    const txs = parseStatement(march);
    assert.equal(txs.length, 5);
    assert.deepEqual(txs[0], { date: '2024-03-01', description: 'Salary ACME GmbH', cents: 325000, currency: 'EUR' });
    assert.deepEqual(txs[2], { date: '2024-03-05', description: 'Coffee Roastery', cents: -480, currency: 'EUR' });
  });

  it('refuses files that are not statements', () => {
    assert.throws(() => parseStatement('a,b,c\n1,2,3'), /not a statement export/);
  });
});

describe('summary', () => {
  it('splits money in and out per currency', () => {
    assert.deepEqual(summary(parseStatement(march)), {
      EUR: { in: 331215, out: 110480 },
      CHF: { in: 0, out: 21240 },
    });
  });
});
