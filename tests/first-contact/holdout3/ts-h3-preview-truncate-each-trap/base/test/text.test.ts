import { describe, expect, it } from 'vitest'
import { truncate } from '../src/text'

describe('truncate', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly ten', 11, 'exactly ten'],
    ['hello brave new world', 12, 'hello brave…'],
    ['hello brave new world', 11, 'hello…'],
    ['supercalifragilistic', 6, 'super…'],
    ['a b c d e f', 4, 'a b…'],
  ])('truncate(%j, %i) -> %j', (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected)
    expect(truncate(text, max).length).toBeLessThanOrEqual(max)
  })

  it('rejects a zero budget', () => {
    expect(() => truncate('abc', 0)).toThrow(RangeError)
  })
})
