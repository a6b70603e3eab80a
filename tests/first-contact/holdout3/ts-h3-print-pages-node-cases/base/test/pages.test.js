import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { expandPages } from '../src/pages.js'

describe('expandPages', () => {
  const cases = [
    { input: '1', expected: [1] },
    { input: '1-3', expected: [1, 2, 3] },
    { input: '1-3, 5', expected: [1, 2, 3, 5] },
    { input: '8-', expected: [8, 9, 10] },
    { input: '9, 2-3', expected: [9, 2, 3] },
    { input: '1-2,2-3', expected: [1, 2, 2, 3] },
    { input: ' 4 , ,6 ', expected: [4, 6] },
    { input: '', expected: [] },
  ]

  for (const { input, expected } of cases) {
    test(`expands "${input}"`, () => {
      assert.deepStrictEqual(expandPages(input, 10), expected)
    })
  }

  test('rejects garbage', () => {
    assert.throws(() => expandPages('1-a', 10), SyntaxError)
  })

  test('rejects pages past the end', () => {
    assert.throws(() => expandPages('9-12', 10), { name: 'RangeError', message: 'Pages 9-12 are outside 1-10' })
  })
})
