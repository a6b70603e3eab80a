import { test } from 'node:test'
import assert from 'node:assert/strict'
import { markdownTable } from '../lib/markdown-table.js'

test('renders a simple table', () => {
  const out = markdownTable(['name', 'qty'], [['apple', 3], ['kiwi', 12]])
  assert.equal(
    out,
    [
      '| name  | qty |',
      '| --- | --- |',
      '| apple | 3   |',
      '| kiwi  | 12  |',
    ].join('\n'),
  )
})

test('right-aligns numeric columns on request', () => {
  const out = markdownTable(['item', 'price'], [['tea', '4.50'], ['cake', '12.00']], { align: ['left', 'right'] })
  assert.equal(
    out,
    [
      '| item | price |',
      '| --- | ---: |',
      '| tea  |  4.50 |',
      '| cake | 12.00 |',
    ].join('\n'),
  )
})

test('escapes pipes and newlines inside cells', () => {
  const out = markdownTable(['cmd'], [['a|b\nc']])
  assert.equal(out.split('\n')[2], '| a\\|b c |')
})

test('renders only the header when there are no rows', () => {
  assert.equal(markdownTable(['a', 'b'], []).split('\n').length, 2)
})
