/**
 * URL slugs for blog posts and tags.
 */

export interface SlugOptions {
  /** Separator placed between words. Defaults to `-`. */
  separator?: string
  /** Maximum length of the slug; words are never cut in half. */
  maxLength?: number
}

const NON_WORD = /[^a-z0-9]+/g

/**
 * Turns a title into a lowercase, URL-safe slug.
 *
 * Accented latin letters are transliterated to their base letter (`é` -> `e`,
 * `ç` -> `c`); any other character outside `a-z0-9` is dropped and runs of them
 * become a single separator.
 */
export function slugify(title: string, options: SlugOptions = {}): string {
  const separator = options.separator ?? '-'
  const words = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .split(NON_WORD)
    .filter(Boolean)
  return limit(words, separator, options.maxLength)
}

function limit(words: string[], separator: string, maxLength?: number): string {
  if (maxLength === undefined) return words.join(separator)
  let out = ''
  for (const word of words) {
    const next = out ? out + separator + word : word
    if (next.length > maxLength) break
    out = next
  }
  return out
}
