import { test } from "node:test";
import assert from "node:assert/strict";
import { handle } from "../lib/server.js";

test("query string drives paging", () => {
  const body = handle("/products?page=3&per_page=25");
  assert.equal(body.page, 3);
  assert.deepEqual(body.items.map((p) => p.id), [51, 52, 53, 54, 55, 56, 57]);
});
