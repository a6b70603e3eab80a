"use strict";

/**
 * @typedef {{id: string, title: string, body: string}} Doc
 * @typedef {{id: string, title: string, score: number}} Hit
 */

/** Lower-case words of a text. */
function words(text) {
  return text.toLowerCase().match(/[a-z0-9]+/g) || [];
}

/**
 * Rank docs by how often the query words occur; title matches count 3x.
 * Ties keep index order.
 * @param {Doc[]} docs
 * @param {string} query
 * @returns {Hit[]}
 */
function search(docs, query) {
  const terms = new Set(words(query));
  const hits = [];
  for (const doc of docs) {
    let score = 0;
    for (const w of words(doc.title)) if (terms.has(w)) score += 3;
    for (const w of words(doc.body)) if (terms.has(w)) score += 1;
    if (score > 0) hits.push({ id: doc.id, title: doc.title, score });
  }
  return hits.sort((a, b) => b.score - a.score);
}

/**
 * One page of hits. Pages are 1-based; a page past the end is empty.
 * @param {Hit[]} hits
 * @param {number} [page=1]
 * @param {number} [size=10]
 */
function pageOf(hits, page = 1, size = 10) {
  const start = (page - 1) * size;
  return {
    hits: hits.slice(start, start + size),
    page,
    pages: Math.ceil(hits.length / size),
    total: hits.length,
  };
}

module.exports = { search, pageOf };
