/**
 * Text helpers for notification previews (push titles, email subjects).
 */

export const ELLIPSIS = '…'

/**
 * Shortens `text` to fit in `max` characters.
 *
 * Text that already fits is returned unchanged. Otherwise the text is cut
 * at the last space that keeps the result, **ellipsis included**, at most
 * `max` characters long; a single long word is cut mid-word. The result is
 * never longer than `max`.
 */
export function truncate(text: string, max: number): string {
  if (max < 1) throw new RangeError('max must be at least 1')
  if (text.length <= max) return text
  const cut = text.slice(0, max + 1)
  const space = cut.lastIndexOf(' ')
  const head = space > 0 ? cut.slice(0, space) : text.slice(0, max)
  return head.trimEnd() + ELLIPSIS
}
