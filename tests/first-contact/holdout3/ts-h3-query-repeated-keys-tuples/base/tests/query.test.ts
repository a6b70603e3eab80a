import { describe, expect, it } from 'vitest'
import { parseQuery, stringifyQuery } from '../src/query'

describe('parseQuery', () => {
  it('parses query strings', () => {
    const cases: Array<[string, Record<string, string | string[]>]> = [
      ['', {}],
      ['?', {}],
      ['foo=bar', { foo: 'bar' }],
      ['?foo=bar&baz=qux', { foo: 'bar', baz: 'qux' }],
      ['q=hello+world', { q: 'hello world' }],
      ['name=J%C3%BCrgen', { name: 'Jürgen' }],
      ['flag', { flag: '' }],
      ['tag=a&tag=b', { tag: 'b' }],
      ['x=1&y=2&x=3', { x: '3', y: '2' }],
      ['bad=%E0%A4%A', { bad: '%E0%A4%A' }],
    ]
    for (const [input, expected] of cases) {
      expect(parseQuery(input)).toEqual(expected)
    }
  })
})

describe('stringifyQuery', () => {
  it('writes arrays as repeated keys', () => {
    expect(stringifyQuery({ tag: ['a', 'b'], page: '2' })).toBe('tag=a&tag=b&page=2')
  })

  it('omits = for empty values', () => {
    expect(stringifyQuery({ flag: '', q: 'a b' })).toBe('flag&q=a%20b')
  })
})
