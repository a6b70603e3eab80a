/** Permalinks for the static blog generator. */

/** "Hello, World!" -> "hello-world" */
export function slugify(title) {
  return title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Permalink of a post: /YYYY/MM/slug/ from an ISO date. */
export function permalink(isoDate, title) {
  const [year, month] = isoDate.split("-");
  return `/${year}/${month}/${slugify(title)}/`;
}
