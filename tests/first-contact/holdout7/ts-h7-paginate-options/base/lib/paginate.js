/**
 * Slice `items` into 1-based pages.
 *
 * @template T
 * @param {T[]} items
 * @param {number} [page=1]     1-based page number; clamped to [1, totalPages]
 * @param {number} [perPage=20] page size, 1..100
 * @returns {{items: T[], page: number, perPage: number, total: number,
 *            totalPages: number, hasNext: boolean, hasPrev: boolean}}
 */
export function paginate(items, page = 1, perPage = 20) {
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
    throw new RangeError(`perPage must be an integer in 1..100, got ${perPage}`);
  }
  const total = items.length;
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), totalPages);
  const start = (current - 1) * perPage;
  return {
    items: items.slice(start, start + perPage),
    page: current,
    perPage,
    total,
    totalPages,
    hasNext: current < totalPages,
    hasPrev: current > 1,
  };
}
