/**
 * Render rows of data as a GitHub-flavoured Markdown table.
 * @module
 */

/**
 * @typedef {object} TableOptions
 * @property {('left'|'right')[]} [align] per-column alignment, default left
 */

/** @param {unknown} value */
function cell(value) {
  return String(value ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

/**
 * Renders a header row and data rows as a Markdown table.
 *
 * Cells are padded so the pipes line up, and so is the separator row: each
 * column gets as many dashes as it is wide (`| ----- | --- |`), ending in `:`
 * for right-aligned columns.
 *
 * @param {string[]} header
 * @param {unknown[][]} rows
 * @param {TableOptions} [options]
 * @returns {string}
 */
export function markdownTable(header, rows, options = {}) {
  const align = options.align ?? []
  const body = rows.map((row) => header.map((_, i) => cell(row[i])))
  const widths = header.map((h, i) => Math.max(3, cell(h).length, ...body.map((r) => r[i].length)))
  const line = (cells) =>
    '| ' + cells.map((c, i) => (align[i] === 'right' ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ') + ' |'
  const separator =
    '| ' + widths.map((w, i) => (align[i] === 'right' ? '-'.repeat(w - 1) + ':' : '-'.repeat(w))).join(' | ') + ' |'
  return [line(header.map(cell)), separator, ...body.map(line)].join('\n')
}
