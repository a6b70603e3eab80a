import { describe, expect, it } from 'vitest'
import { pageCount, paginate } from '../src/paginate'

const letters = [...'abcdefghijk'] // 11 items

/** Checks one page of `letters`: its items, the page count and whether a next page exists. */
function expectPage(page: number, perPage: number, items: string, pages: number, hasNext: boolean) {
  const result = paginate(letters, page, perPage)
  expect(result.items.join('')).toBe(items)
  expect(result.pageCount).toBe(pages)
  expect(result.hasNext).toBe(hasNext)
}

describe('paginate', () => {
  it('returns the first page', () => {
    expectPage(1, 5, 'abcde', 3, true)
  })

  it('returns a partly filled last page', () => {
    expectPage(3, 5, 'k', 3, false)
  })

  it('fits everything on one page', () => {
    expectPage(1, 11, 'abcdefghijk', 1, false)
  })

  it('returns nothing past the end', () => {
    expectPage(4, 5, '', 3, false)
  })
})

describe('pageCount', () => {
  it('has no pages for an empty list', () => {
    expect(pageCount(0, 20)).toBe(0)
  })

  it('rejects a zero page size', () => {
    expect(() => pageCount(10, 0)).toThrow(RangeError)
  })
})
