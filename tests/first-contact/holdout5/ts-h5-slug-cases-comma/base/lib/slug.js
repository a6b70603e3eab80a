'use strict';

/**
 * URL slugs for blog post titles: lower case, ASCII letters and digits, words joined by "-",
 * at most `maxLength` characters without cutting a word in half.
 * @param {string} title
 * @param {{ maxLength?: number }} [options]
 */
function slugify(title, { maxLength = 60 } = {}) {
  const words = title
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug;
}

module.exports = { slugify };
