"use strict";
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { search, pageOf } = require("./search");

const docs = Array.from({ length: 25 }, (_, i) => ({
  id: `d${i + 1}`,
  title: i % 5 === 0 ? `Install guide ${i + 1}` : `Topic ${i + 1}`,
  body: i % 2 === 0 ? "how to install and configure" : "reference material",
}));

test("title matches rank first", () => {
  const hits = search(docs, "install");
  assert.equal(hits[0].id, "d1");
  assert.equal(hits[0].score, 4);
  assert.equal(hits.length, 15);
});

test("first page", () => {
  const p = pageOf(search(docs, "install"), 1, 4);
  assert.deepEqual(p.hits.map((h) => h.id), ["d1", "d11", "d21", "d6"]);
  assert.equal(p.pages, 4);
  assert.equal(p.total, 15);
});

test("last page is partial", () => {
  const p = pageOf(search(docs, "install"), 4, 4);
  assert.deepEqual(p.hits.map((h) => h.id), ["d19", "d23", "d25"]);
});

test("defaults to page 1 of 10", () => {
  const p = pageOf(search(docs, "install"));
  assert.equal(p.page, 1);
  assert.equal(p.hits.length, 10);
});
