"use strict";

/**
 * @typedef {object} Page
 * @property {unknown[]} items       the items on this page
 * @property {number} page           1-based page number actually served
 * @property {number} totalPages     pages needed to show every item (a partial last page counts; 0 items -> 1 page)
 * @property {boolean} hasNext       whether a later page exists
 */

/**
 * Parse a page number that may come straight from a query string ("3", "3.0", "", undefined).
 * @param {unknown} raw
 * @param {number} totalPages
 */
function clampPage(raw, totalPages) {
  const n = Number.parseInt(String(raw ?? ""), 10);
  return Math.min(Math.max(1, Number.isNaN(n) ? 1 : n), totalPages);
}

/**
 * Slice `items` into pages of `perPage`. Out-of-range page numbers are clamped.
 * @param {unknown[]} items
 * @param {number|string} page 1-based; strings from the query string are accepted
 * @param {number} [perPage]
 * @returns {Page}
 */
function paginate(items, page, perPage = 20) {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError("perPage must be a positive integer");
  const totalPages = Math.max(1, Math.floor(items.length / perPage));
  const current = clampPage(page, totalPages);
  const start = (current - 1) * perPage;
  return {
    items: items.slice(start, start + perPage),
    page: current,
    totalPages,
    hasNext: current < totalPages,
  };
}

module.exports = { paginate };
