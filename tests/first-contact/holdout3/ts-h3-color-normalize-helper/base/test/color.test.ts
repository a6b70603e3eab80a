import { describe, expect, it } from 'vitest'
import { formatColor, parseColor } from '../src/color'

/** Parses `input` and formats it again; every colour the app stores goes through this. */
function expectNormalized(input: string, expected: string) {
  expect(formatColor(parseColor(input))).toBe(expected)
}

describe('hex input', () => {
  it('expands short hex', () => {
    expectNormalized('#f80', '#FF8800')
    expectNormalized('abc', '#AABBCC')
  })

  it('keeps long hex', () => {
    expectNormalized('#1e90ff', '#1E90FF')
  })

  it('turns hex alpha into rgba', () => {
    expectNormalized('#ff000080', 'rgba(255, 0, 0, 0.5)')
  })
})

describe('rgb input', () => {
  it('formats opaque rgb() as hex', () => {
    expectNormalized('rgb(0, 128, 0)', '#008000')
  })

  it('keeps translucent rgba()', () => {
    expectNormalized('rgba(10, 20, 30, 0.25)', 'rgba(10, 20, 30, 0.25)')
  })

  it('clamps out-of-range channels', () => {
    expectNormalized('rgb(300, 0, 255)', '#FF00FF')
  })
})

it('rejects unknown formats', () => {
  expect(() => parseColor('hsl(0, 100%, 50%)')).toThrow('Unrecognised colour')
})
