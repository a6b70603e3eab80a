/** Options for {@link slugify}. */
export interface SlugOptions {
  /** Joins the words; default "-". */
  separator?: string;
  /** Longest slug allowed; the slug is cut at the last word boundary that fits (never mid-word). */
  maxLength?: number;
}

/**
 * Turns a post title into a URL slug: lowercase ASCII words joined by the separator.
 * @example slugify("Sourdough starters that never die", { maxLength: 20 }) // "sourdough-starters"
 */
export function slugify(title: string, options: SlugOptions = {}): string {
  const separator = options.separator ?? "-";
  const words = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  let slug = words.join(separator);
  if (options.maxLength !== undefined && slug.length > options.maxLength) {
    const cut = slug.slice(0, options.maxLength + 1);
    const boundary = cut.lastIndexOf(separator);
    slug = boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, options.maxLength);
  }
  return slug;
}

/** Makes `slug` unique against `taken` by appending -2, -3, ... */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>, separator = "-"): string {
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = `${slug}${separator}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
