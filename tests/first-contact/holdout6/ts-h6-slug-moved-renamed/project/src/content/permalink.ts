/** Permalinks: slugs and post URLs. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * URL slug for a title: ASCII letters and digits in lower case, words joined by "-".
 * Accents are folded ("Crème brûlée" -> "creme-brulee"), "&" becomes "and".
 * (Was `toUrlSlug` in utils/strings before 0.15.)
 */
export function slugify(title: string): string {
  return title
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** /YYYY/MM/slug/ for a post dated YYYY-MM-DD. */
export function permalink(date: string, slug: string): string {
  const [year, month] = date.split("-");
  return `/${year}/${month}/${slug}/`;
}
