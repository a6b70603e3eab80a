/** Builds an XML sitemap from a list of site paths. */

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Non-empty, non-comment lines of a pages file, normalised to start with one slash, de-duplicated. */
export function readPages(text) {
  const seen = new Set();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    seen.add('/' + line.replace(/^\/+/, ''));
  }
  return [...seen];
}

/** The sitemap XML for `pages` under `origin`, paths sorted. */
export function buildSitemap(origin, pages) {
  const urls = [...pages].sort().map((p) => `  <url><loc>${escapeXml(origin + p)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset>', ...urls, '</urlset>'].join('\n');
}
