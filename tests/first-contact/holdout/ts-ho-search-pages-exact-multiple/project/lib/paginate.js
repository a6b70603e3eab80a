/**
 * Pagination for search results (the API's `?page=` parameter).
 *
 * @template T
 * @typedef {{ items: T[], page: number, perPage: number, total: number, totalPages: number, hasNext: boolean }} Page
 */

export const MAX_PER_PAGE = 100;

/**
 * Cuts one page out of `all`. Pages are 1-based; a page past the end is empty but keeps the totals.
 *
 * @template T
 * @param {T[]} all every result, already sorted
 * @param {number} page 1-based page number
 * @param {number} perPage results per page, 1..MAX_PER_PAGE
 * @returns {Page<T>}
 */
export function paginate(all, page, perPage) {
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`page must be a positive integer, got ${page}`);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
    throw new RangeError(`perPage must be 1..${MAX_PER_PAGE}, got ${perPage}`);
  }
  const total = all.length;
  const totalPages = Math.ceil(total / perPage);
  const start = (page - 1) * perPage;
  return {
    items: all.slice(start, start + perPage),
    page,
    perPage,
    total,
    totalPages,
    hasNext: page < totalPages,
  };
}

/**
 * The `Link` header value for a page (RFC 8288), without the host.
 * @param {string} path e.g. "/search?q=tea"
 * @param {Page<unknown>} p
 */
export function linkHeader(path, p) {
  const sep = path.includes('?') ? '&' : '?';
  const url = (n) => `<${path}${sep}page=${n}&per_page=${p.perPage}>`;
  const links = [];
  if (p.page > 1) links.push(`${url(p.page - 1)}; rel="prev"`);
  if (p.hasNext) links.push(`${url(p.page + 1)}; rel="next"`);
  if (p.totalPages > 0) links.push(`${url(p.totalPages)}; rel="last"`);
  return links.join(', ');
}
