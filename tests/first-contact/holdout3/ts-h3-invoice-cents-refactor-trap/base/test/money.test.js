import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { formatCents, formatTotal } from '../src/money.js'

describe('formatCents', () => {
  const tests = [
    { cents: 0, out: '$0.00' },
    { cents: 5, out: '$0.05' },
    { cents: 1999, out: '$19.99' },
    { cents: 123456789, out: '$1,234,567.89' },
    { cents: -500, out: '-$5.00' },
    { cents: -1250, out: '-$12.50' },
    { cents: 100000, out: '$1,000.00' },
  ]

  for (const t of tests) {
    it(`${t.cents} -> ${t.out}`, () => {
      assert.equal(formatCents(t.cents), t.out)
    })
  }

  it('uses the given symbol', () => {
    assert.equal(formatCents(4200, '€'), '€42.00')
  })

  it('rejects fractional cents', () => {
    assert.throws(() => formatCents(1.5), TypeError)
  })
})

describe('formatTotal', () => {
  it('adds the lines up', () => {
    assert.equal(formatTotal([1000, 250, 5], '£'), '£12.55')
  })
})
