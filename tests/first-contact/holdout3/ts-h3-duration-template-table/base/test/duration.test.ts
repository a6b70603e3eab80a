import { describe, expect, it } from 'vitest'
import { parseDuration } from '../src/duration'

describe('parseDuration', () => {
  it.each`
    input          | expected
    ${'250ms'}     | ${250}
    ${'2s'}        | ${2_000}
    ${'2.5s'}      | ${2_500}
    ${'1m30s'}     | ${90_000}
    ${'1h 30m'}    | ${5_400_000}
    ${'1d'}        | ${86_400_000}
    ${'1500'}      | ${1_500}
    ${' 90 '}      | ${90}
  `('parses $input as $expected ms', ({ input, expected }) => {
    expect(parseDuration(input)).toBe(expected)
  })

  it.each(['', 'soon', '10 minutes', '5x'])('rejects %j', (input) => {
    expect(() => parseDuration(input)).toThrow(SyntaxError)
  })
})
