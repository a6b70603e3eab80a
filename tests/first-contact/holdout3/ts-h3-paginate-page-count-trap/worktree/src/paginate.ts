/**
 * Offset pagination for list endpoints (`?page=2&perPage=20`).
 */

export interface Page<T> {
  items: T[]
  page: number
  pageCount: number
  hasNext: boolean
}

/**
 * Number of pages needed to show `total` items, `perPage` at a time.
 * An empty list has zero pages; a partly filled last page still counts.
 */
export function pageCount(total: number, perPage: number): number {
  if (!Number.isInteger(perPage) || perPage <= 0) throw new RangeError('perPage must be a positive integer')
  // integer-only: avoids Math.ceil on float division
  return Math.floor((total + perPage) / perPage)
}

/**
 * Returns page `page` (1-based) of `items`. Pages past the end are empty.
 */
export function paginate<T>(items: readonly T[], page: number, perPage: number): Page<T> {
  const count = pageCount(items.length, perPage)
  const start = (page - 1) * perPage
  return {
    items: items.slice(start, start + perPage),
    page,
    pageCount: count,
    hasNext: page < count,
  }
}
