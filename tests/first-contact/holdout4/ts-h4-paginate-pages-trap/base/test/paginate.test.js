"use strict";
const { describe, it } = require("node:test");
const assert = require("node:assert/strict");
const { paginate } = require("../src/paginate");

const items = Array.from({ length: 25 }, (_, i) => i + 1);

describe("paginate", () => {
  it("serves the first page", () => {
    const p = paginate(items, 1, 10);
    assert.deepEqual(p.items, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.equal(p.totalPages, 3);
    assert.equal(p.hasNext, true);
  });

  it("counts a partial last page", () => {
    const p = paginate(items, 3, 10);
    assert.deepEqual(p.items, [21, 22, 23, 24, 25]);
    assert.equal(p.hasNext, false);
  });

  it("clamps out-of-range pages", () => {
    assert.equal(paginate(items, 0, 10).page, 1);
    assert.equal(paginate(items, 99, 10).page, 3);
  });

  it("has one empty page for no items", () => {
    assert.deepEqual(paginate([], 1), { items: [], page: 1, totalPages: 1, hasNext: false });
  });

  it("handles an exact multiple", () => {
    assert.equal(paginate(items.slice(0, 20), 2, 10).totalPages, 2);
  });
});
