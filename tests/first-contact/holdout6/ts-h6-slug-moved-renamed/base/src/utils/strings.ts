/** Small string helpers shared by the generator. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * URL slug for a title: ASCII letters and digits in lower case, words joined by "-".
 * Accents are folded ("Crème brûlée" -> "creme-brulee"), "&" becomes "and".
 */
export function toUrlSlug(title: string): string {
  return title
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Cut `text` to at most `max` characters on a word boundary, adding "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return (space > 0 ? cut.slice(0, space) : cut).trimEnd() + "…";
}
