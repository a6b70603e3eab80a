"use strict";
const { paginate } = require("./paginate");

/** GET /products?page=N&per=M */
function listProducts(products, query) {
  const result = paginate(products, Number(query.page ?? 1), Number(query.per ?? 20));
  return {
    data: result.items,
    meta: { page: result.page, pages: result.totalPages, next: result.hasNext ? result.page + 1 : null },
  };
}

module.exports = { listProducts };
