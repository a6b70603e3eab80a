/**
 * Page-range parsing for the print dialog ("1-3, 5, 8-").
 * @module
 */

/**
 * Expands a page-range expression into page numbers.
 *
 * Parts are separated by commas; each part is a page (`5`) or an inclusive
 * range (`1-3`). An open range (`8-`) runs to `lastPage`. Pages are returned
 * in the order written.
 *
 * @param {string} expression
 * @param {number} lastPage number of pages in the document
 * @returns {number[]}
 */
export function expandPages(expression, lastPage) {
  const pages = []
  for (const raw of expression.split(',')) {
    const part = raw.trim()
    if (!part) continue
    const match = /^(\d+)\s*(?:-\s*(\d*))?$/.exec(part)
    if (!match) throw new SyntaxError(`Bad page range "${part}"`)
    const from = Number(match[1])
    const to = match[2] === undefined ? from : match[2] === '' ? lastPage : Number(match[2])
    if (from < 1 || to > lastPage || from > to) throw new RangeError(`Pages ${part} are outside 1-${lastPage}`)
    for (let page = from; page <= to; page++) pages.push(page)
  }
  return pages
}
