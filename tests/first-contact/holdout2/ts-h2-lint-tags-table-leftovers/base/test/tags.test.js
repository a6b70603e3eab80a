import { test } from "node:test";
import assert from "node:assert/strict";
import { mergeTags, normalizeTag, parseTags } from "../src/tags.js";

function makeTag(words) {
  return words.join(" ");
}

test("normalizeTag lower-cases and hyphenates", () => {
  assert.equal(normalizeTag(makeTag(["Machine", "Learning"])), "machine-learning");
});

test("normalizeTag strips a leading hash", () => {
  assert.equal(normalizeTag("  #Rust "), "rust");
});

test("parseTags drops empties and duplicates", () => {
  assert.deepEqual(parseTags("rust, Rust,, #wasm ,"), ["rust", "wasm"]);
});

test("mergeTags appends only new tags", () => {
  assert.deepEqual(mergeTags(["rust", "wasm"], ["WASM", "web dev"]), ["rust", "wasm", "web-dev"]);
});
