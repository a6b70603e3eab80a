/** Options for {@link slugify}. */
export interface SlugOptions {
  /** Joins the words; default "-". */
  separator?: string;
}

/** Combining marks left over after NFKD decomposition ("é" -> "e" + U+0301). */
const COMBINING = /[\u0300-\u036f]/g;

/**
 * Turns a post title into a URL slug: lowercase ASCII words joined by the separator.
 * Accented letters keep their base letter ("Crème brûlée" -> "creme-brulee").
 * @example slugify("Sourdough starters that never die", { maxLength: 20 }) // "sourdough-starters"
 */
export function slugify(title: string, options: SlugOptions = {}): string {
  const separator = options.separator ?? "-";
  return title
    .normalize("NFKD")
    .replace(COMBINING, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(separator);
}

/** Makes `slug` unique against `taken` by appending -2, -3, ... */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>, separator = "-"): string {
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = `${slug}${separator}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
