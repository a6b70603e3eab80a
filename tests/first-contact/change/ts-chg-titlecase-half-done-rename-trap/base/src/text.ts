const SMALL = new Set(['a', 'an', 'and', 'of', 'the', 'to', 'in', 'on']);

/**
 * Title Case for menu labels: small words stay lower case unless first.
 *
 * @example toTitleCase('the art of war') // 'The Art of War'
 */
export function toTitleCase(s: string): string {
  return s
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w[0].toUpperCase() + w.slice(1)))
    .join(' ');
}
