/**
 * Tag handling for the bookmarks service.
 *
 * A tag is lower-case, trimmed, with inner whitespace collapsed to a single
 * hyphen and a leading '#' removed. Empty tags are dropped.
 */

const MAX_TAG_LENGTH = 32;

/**
 * Normalise one raw tag as typed by a user.
 * @param {string} raw
 * @returns {string} the normalised tag, or "" when nothing is left
 */
export function normalizeTag(raw) {
  const tag = raw.trim().replace(/^#+/, "").toLowerCase().replace(/\s+/g, "-");
  return tag.slice(0, MAX_TAG_LENGTH);
}

/**
 * Parse a comma-separated tag field into unique, normalised tags, keeping the
 * order in which each tag first appeared.
 * @param {string} field
 * @returns {string[]}
 */
export function parseTags(field) {
  const seen = new Set();
  for (const part of field.split(",")) {
    const tag = normalizeTag(part);
    if (tag !== "" && !seen.has(tag)) {
      seen.add(tag);
    }
  }
  return [...seen];
}

/**
 * Merge two tag lists, keeping the order of the first and appending new ones.
 * @param {string[]} current
 * @param {string[]} incoming
 * @returns {string[]}
 */
export function mergeTags(current, incoming) {
  const out = [...current];
  for (const tag of incoming.map(normalizeTag)) {
    if (tag !== "" && !out.includes(tag)) {
      out.push(tag);
    }
  }
  return out;
}

/**
 * Whether a tag list contains `tag`, compared after normalisation.
 * @param {string[]} tags
 * @param {string} tag
 * @returns {boolean}
 */
export function hasTag(tags, tag) {
  const wanted = normalizeTag(tag);
  return wanted !== "" && tags.includes(wanted);
}
