import { test } from "node:test";
import assert from "node:assert/strict";
import { paginate } from "../lib/paginate.js";

const letters = "abcdefghijklmnopqrstuvw".split(""); // 23 items

test("first page by default", () => {
  const p = paginate(letters);
  assert.equal(p.page, 1);
  assert.equal(p.items.length, 20);
  assert.equal(p.totalPages, 2);
  assert.equal(p.hasPrev, false);
});

test("second page of 10", () => {
  const p = paginate(letters, 2, 10);
  assert.deepEqual(p.items, ["k", "l", "m", "n", "o", "p", "q", "r", "s", "t"]);
  assert.equal(p.hasNext, true);
  assert.equal(p.hasPrev, true);
});

test("last page is partial", () => {
  const p = paginate(letters, 3, 10);
  assert.deepEqual(p.items, ["u", "v", "w"]);
  assert.equal(p.hasNext, false);
});

test("page past the end is clamped", () => {
  const p = paginate(letters, 99, 5);
  assert.equal(p.page, 5);
  assert.deepEqual(p.items, ["u", "v", "w"]);
});

test("empty input still has one page", () => {
  const p = paginate([], 1, 10);
  assert.equal(p.totalPages, 1);
  assert.deepEqual(p.items, []);
});

test("perPage out of range is rejected", () => {
  assert.throws(() => paginate(letters, 1, 0), RangeError);
  assert.throws(() => paginate(letters, 1, 101), RangeError);
});
