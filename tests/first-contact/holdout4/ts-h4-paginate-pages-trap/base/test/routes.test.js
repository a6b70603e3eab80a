"use strict";
const { it } = require("node:test");
const assert = require("node:assert/strict");
const { listProducts } = require("../src/routes");

it("links to the next page", () => {
  const products = Array.from({ length: 45 }, (_, i) => ({ sku: `P${i}` }));
  assert.deepEqual(listProducts(products, { page: "2" }).meta, { page: 2, pages: 3, next: 3 });
});
