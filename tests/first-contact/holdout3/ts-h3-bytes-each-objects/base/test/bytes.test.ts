import { describe, expect, it, test } from 'vitest'
import { formatBytes } from '../src/bytes'

describe('formatBytes', () => {
  test.each([
    { name: 'zero', bytes: 0, expected: '0 B' },
    { name: 'plain bytes', bytes: 999, expected: '999 B' },
    { name: 'one kilobyte', bytes: 1000, expected: '1.0 kB' },
    { name: 'fractional kilobytes', bytes: 1536, expected: '1.5 kB' },
    { name: 'megabytes', bytes: 2_500_000, expected: '2.5 MB' },
    { name: 'round gigabytes', bytes: 3_000_000_000, expected: '3.0 GB' },
    { name: 'negative', bytes: -1200, expected: '-1.2 kB' },
  ])('$name ($bytes)', ({ bytes, expected }) => {
    expect(formatBytes(bytes)).toBe(expected)
  })

  it('honours digits and space options', () => {
    expect(formatBytes(1234567, { digits: 2 })).toBe('1.23 MB')
    expect(formatBytes(1536, { space: false })).toBe('1.5kB')
  })

  it('rejects non-finite input', () => {
    expect(() => formatBytes(Number.NaN)).toThrow(TypeError)
  })
})
