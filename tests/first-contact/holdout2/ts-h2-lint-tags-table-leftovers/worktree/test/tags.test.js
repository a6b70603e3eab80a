import { test } from "node:test";
import assert from "node:assert/strict";
import { mergeTags, normalizeTag, parseTags } from "../src/tags.js";

function makeTag(words) {
  return words.join(" ");
}

let normalizeCases = [
  ["Machine Learning", "machine-learning"],
  ["  #Rust ", "rust"],
  ["##Go", "go"],
  ["a".repeat(40), "a".repeat(32)],
];

for (const [raw, expected] of normalizeCases) {
  test(`normalizeTag(${JSON.stringify(raw)}) is ${JSON.stringify(expected)}`, () => {
    assert.equal(normalizeTag(raw), expected);
  });
}

test("parseTags drops empties and duplicates", () => {
  assert.deepEqual(parseTags("rust, Rust,, #wasm ,"), ["rust", "wasm"]);
});

test("mergeTags appends only new tags", () => {
  assert.deepEqual(mergeTags(["rust", "wasm"], ["WASM", "web dev"]), ["rust", "wasm", "web-dev"]);
});
