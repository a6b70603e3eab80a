/**
 * Breadcrumb trail for documentation pages, e.g. "Docs / Guides / Deploying".
 * @typedef {{ label: string, href: string }} Crumb
 */
export const SEPARATOR = ' / ';

/**
 * @param {string} path URL path such as "/docs/guides/deploying"
 * @param {Record<string, string>} titles optional titles per segment
 * @returns {Crumb[]}
 */
export function crumbs(path, titles = {}) {
  const parts = path.split('/').filter(Boolean);
  return parts.map((part, i) => ({
    label: titles[part] ?? part.charAt(0).toUpperCase() + part.slice(1).replace(/-/g, ' '),
    href: '/' + parts.slice(0, i + 1).join('/'),
  }));
}

/** @param {Crumb[]} trail */
export function trailText(trail) {
  return trail.map((c) => c.label).join(SEPARATOR);
}

/** Everything a page template needs. */
export function breadcrumbView(path, titles = {}) {
  const trail = crumbs(path, titles);
  return { trail, text: trailText(trail), depth: trail.length };
}
